import { UnLanguage } from '../../kernel/languages';

type CityNames = Record<UnLanguage, string>;

const city = (en: string, fr: string, es: string, ru: string, zh: string, ar: string): CityNames => ({ en, fr, es, ru, zh, ar });

/** The cities of common zones in the six languages; other zones give the city their id names. */
const CITIES: Record<string, CityNames> = {
  'America/New_York': city('New York', 'New York', 'Nueva York', 'Нью-Йорк', '纽约', 'نيويورك'),
  // Geneva has no zone of its own: Europe/Zurich is its zone, and the United Nations meets in Geneva, not Zurich.
  'Europe/Zurich': city('Geneva', 'Genève', 'Ginebra', 'Женева', '日内瓦', 'جنيف'),
  'Europe/Vienna': city('Vienna', 'Vienne', 'Viena', 'Вена', '维也纳', 'فيينا'),
  'Africa/Nairobi': city('Nairobi', 'Nairobi', 'Nairobi', 'Найроби', '内罗毕', 'نيروبي'),
  'Asia/Bangkok': city('Bangkok', 'Bangkok', 'Bangkok', 'Бангкок', '曼谷', 'بانكوك'),
  'Asia/Beirut': city('Beirut', 'Beyrouth', 'Beirut', 'Бейрут', '贝鲁特', 'بيروت'),
  'America/Santiago': city('Santiago', 'Santiago', 'Santiago', 'Сантьяго', '圣地亚哥', 'سانتياغو'),
  'Africa/Addis_Ababa': city('Addis Ababa', 'Addis-Abeba', 'Addis Abeba', 'Аддис-Абеба', '亚的斯亚贝巴', 'أديس أبابا'),
  'Europe/Paris': city('Paris', 'Paris', 'París', 'Париж', '巴黎', 'باريس'),
  'Europe/London': city('London', 'Londres', 'Londres', 'Лондон', '伦敦', 'لندن'),
  'Europe/Rome': city('Rome', 'Rome', 'Roma', 'Рим', '罗马', 'روما'),
  'Europe/Copenhagen': city('Copenhagen', 'Copenhague', 'Copenhague', 'Копенгаген', '哥本哈根', 'كوبنهاغن'),
  'America/Mexico_City': city('Mexico City', 'Mexico', 'Ciudad de México', 'Мехико', '墨西哥城', 'مكسيكو سيتي'),
  'Asia/Tokyo': city('Tokyo', 'Tokyo', 'Tokio', 'Токио', '东京', 'طوكيو'),
};

/**
 * Russian gives a city's time by the city's adjective where one is in use ("по нью-йоркскому времени"), else by
 * its name in the genitive ("по времени Найроби"); a city of another zone keeps its id name, undeclined.
 */
const RUSSIAN_TIME: Record<string, string> = {
  'America/New_York': 'нью-йоркскому времени',
  'Europe/Zurich': 'женевскому времени',
  'Europe/Vienna': 'венскому времени',
  'Africa/Nairobi': 'времени Найроби',
  'Asia/Bangkok': 'времени Бангкока',
  'Asia/Beirut': 'бейрутскому времени',
  'America/Santiago': 'времени Сантьяго',
  'Africa/Addis_Ababa': 'времени Аддис-Абебы',
  'Europe/Paris': 'парижскому времени',
  'Europe/London': 'лондонскому времени',
  'Europe/Rome': 'римскому времени',
  'Europe/Copenhagen': 'копенгагенскому времени',
  'America/Mexico_City': 'времени Мехико',
  'Asia/Tokyo': 'токийскому времени',
};

/** The city of an Area/City zone (`America/Los_Angeles`: Los Angeles); undefined for zones such as UTC or Etc/GMT+5. */
export function cityOfZone(timezone: string, lang: UnLanguage): string | undefined {
  const known = CITIES[timezone];
  if (known) return known[lang];
  const match = /^(?:America|Europe|Asia|Africa|Australia|Pacific|Atlantic|Indian|Antarctica)\/(?:[A-Za-z_]+\/)?([A-Za-z_-]+)$/.exec(
    timezone,
  );
  return match ? match[1].replace(/_/g, ' ') : undefined;
}

/** "по нью-йоркскому времени", "по времени Los Angeles", "по времени UTC". */
export function russianZoneTime(timezone: string): string {
  return `по ${RUSSIAN_TIME[timezone] ?? `времени ${cityOfZone(timezone, 'ru') ?? timezone}`}`;
}
