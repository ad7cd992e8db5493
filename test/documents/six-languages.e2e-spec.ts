import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { countryName } from '../../src/documents/letters/country-names';
import { UnLanguage } from '../../src/kernel/languages';
import { PROGRAMME_2013 } from '../arrangements/arrangements.fixtures';
import { org, procedure } from '../support/procedure';
import { startTestApp, TestApp } from '../support/test-app';
import { bearer } from '../support/tokens';
import { getPdf, pdfText } from './pdf-support';

const LIST = 'other-ngos';
const SEGMENTS = PROGRAMME_2013.map(({ startsAt, endsAt, ...segment }) => ({
  ...segment,
  startsAt: startsAt.toISOString(),
  ...(endsAt ? { endsAt: endsAt.toISOString() } : {}),
}));

/** What each document must say in each new language: the letters' formulas, the deadline with its hour, the reports' titles. */
const PHRASES: Record<Exclude<UnLanguage, 'en' | 'fr'>, Record<'batch' | 'transmittal' | 'speakers' | 'summary', string[]>> = {
  es: {
    batch: [
      'EL PRESIDENTE DE LA ASAMBLEA GENERAL',
      'Excelencia:',
      'Tengo el honor de',
      'procedimiento de no objeción',
      'las 18.00 horas (hora de Nueva York) del viernes 26 de abril de 2013',
      'Le ruego acepte, Excelencia, el testimonio de mi consideración más distinguida.',
      'Página 1 de 2',
    ],
    transmittal: ['tengo el honor de señalar a la atención de la Asamblea General la lista definitiva', 'Excelencia:'],
    speakers: ['Lista de oradores', 'Ministro', '1 de mayo de 2013, a las 11.00 horas (hora de Nueva York)'],
    summary: ['Resumen del Presidente', 'Consignado el 14 de mayo de 2013, a las 16.00 horas (hora de Nueva York)'],
  },
  ru: {
    batch: [
      'ПРЕДСЕДАТЕЛЬ ГЕНЕРАЛЬНОЙ АССАМБЛЕИ',
      'Ваше Превосходительство!',
      'Имею честь',
      'на основе отсутствия возражений',
      '18 ч 00 мин (по нью-йоркскому времени) в пятницу, 26 апреля 2013 года',
      'Примите, Ваше Превосходительство, заверения в моем самом высоком уважении.',
      'Стр. 1 из 2',
    ],
    transmittal: ['имею честь довести до сведения Генеральной Ассамблеи', '2 организации были утверждены'],
    speakers: ['Список ораторов', 'Министр', '1 мая 2013 года, 11 ч 00 мин (по нью-йоркскому времени)'],
    summary: ['Резюме Председателя', 'Внесено 14 мая 2013 года, 16 ч 00 мин (по нью-йоркскому времени)'],
  },
  zh: {
    batch: ['大会主席', '阁下：', '谨', '无异议程序', '2013年4月26日星期五纽约时间下午6时', '顺致最崇高的敬意。', '第1页，共2页'],
    transmittal: ['谨提请大会注意本函所附最后名单', '已有2个组织获准参加会议'],
    speakers: ['发言者名单', '部长', '2013年5月1日纽约时间上午11时'],
    summary: ['主席的摘要', '记录于2013年5月14日纽约时间下午4时'],
  },
  ar: {
    batch: [
      'رئيس الجمعية العامة',
      'صاحب السعادة،',
      'يشرفني أن',
      'على أساس عدم الاعتراض',
      'بتوقيت نيويورك',
      'من يوم الجمعة',
      'نيسان/أبريل',
      '18:00',
      'وتفضلوا، يا صاحب السعادة، بقبول فائق الاحترام والتقدير.',
    ],
    transmittal: ['يشرفني أن أوجه انتباه الجمعية العامة إلى القائمة النهائية', 'منظمتين'],
    speakers: ['قائمة المتكلمين', 'وزير', 'أيار/مايو', 'بتوقيت نيويورك'],
    summary: ['موجز الرئيس', 'برئاسة'],
  },
};

/**
 * Chinese breaks lines anywhere, and pdftotext gives Arabic in logical order but marks its runs with bidi controls
 * and moves spaces around commas, digits and parentheses: these two are compared without any white space.
 */
const compact = (lang: UnLanguage) => lang === 'zh' || lang === 'ar';

function readBack(pdf: Buffer, lang: UnLanguage): string {
  const text = pdfText(pdf).replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
  return text.replace(/\s+/g, compact(lang) ? '' : ' ');
}

describe('HTTP: every document in Spanish, Russian, Chinese and Arabic', () => {
  let t: TestApp;
  let p: ReturnType<typeof procedure>;
  const urls = () => ({
    batch: `${p.base}/lists/${LIST}/batches/1/letter?lang=`,
    transmittal: `${p.base}/lists/${LIST}/transmittal-letter?lang=`,
    speakers: `${p.base}/speakers/export?format=pdf&lang=`,
    summary: `${p.base}/summary?format=pdf&lang=`,
  });

  beforeAll(async () => {
    t = await startTestApp({ now: '2013-04-19T15:00:00Z' });
    p = procedure(t);
    await p.createMeeting({ objectionDisclosure: 'organizations-and-states' });
    expect((await p.put(`${p.base}/programme`, { segments: SEGMENTS })).statusCode).toBe(200);
    await p.createList(LIST, 'non-objection');
    const [, objected] = await p.propose(LIST, [
      org('Walk Free', 'AUS'),
      org('Polaris Project', 'USA'),
      org('La Strada International', 'NLD'),
    ]);
    await p.submit(LIST, '2013-04-26T18:00:00-04:00');
    expect((await p.object(LIST, objected, 'EGY')).statusCode).toBe(201);
    t.clock.set('2013-04-27T00:00:00Z');
    expect((await p.close(LIST, 1)).statusCode).toBe(200);
    expect((await p.post(`${p.base}/lists/${LIST}/transmittal`, {})).statusCode).toBe(200);
    t.clock.set('2013-05-01T15:00:00Z');
    const inscription = { segmentId: 'plenary-1', level: 'minister', speakerName: 'M. Ministre' };
    expect((await p.post(`${p.base}/speakers`, inscription, bearer('member-state', 'FRA'))).statusCode).toBe(201);
    t.clock.set('2013-05-14T20:00:00Z');
    await p.post(`${p.base}/panels/panel-1/consultations`, { regionalGroup: 'Asia-Pacific Group' });
    await p.post(`${p.base}/panels/panel-1/chair-invitation`, { state: 'PHL' });
    await p.post(`${p.base}/panels/panel-1/chair-invitation/response`, { accept: true }, bearer('member-state', 'PHL'));
    expect((await p.post(`${p.base}/panels/panel-1/summary`, { text: 'Partnerships.' }, bearer('member-state', 'PHL'))).statusCode).toBe(
      201,
    );
    expect((await p.put(`${p.base}/summary`, { text: 'The meeting reaffirmed the Global Plan of Action.' })).statusCode).toBe(200);
  });
  afterAll(() => t.close());

  it.each(Object.keys(PHRASES) as Array<keyof typeof PHRASES>)('in %s: each document, once', async (lang) => {
    const flat = (phrase: string) => (compact(lang) ? phrase.replace(/\s+/g, '') : phrase);
    const names = {
      batch: [countryName('AUS', lang), countryName('NLD', lang)],
      transmittal: [countryName('EGY', lang)],
      speakers: [countryName('FRA', lang)],
      summary: [countryName('PHL', lang)],
    };
    for (const [document, url] of Object.entries(urls()) as Array<[keyof typeof names, string]>) {
      const response = await getPdf(t, `${url}${lang}`, bearer('pga'));
      expect({ document, status: response.statusCode }).toEqual({ document, status: 200 });
      expect(response.headers['content-disposition']).toContain(`-${lang}.pdf`);
      const text = readBack(response.bytes, lang);
      for (const phrase of [...PHRASES[lang][document], ...names[document]])
        expect({ document, text }).toEqual({ document, text: expect.stringContaining(flat(phrase)) });
    }
  });

  it('answers 400 naming the six languages for any other, on every document', async () => {
    for (const url of Object.values(urls())) {
      const refused = (await getPdf(t, `${url}de`, bearer('pga'))).json();
      expect(refused).toMatchObject({
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: expect.stringContaining('ar, zh, en, fr, ru, es'),
      });
    }
  });
});
