import { LetterText } from './letter-layout';
import { BatchLetterWords } from './letter-words';

/** 大会主席向各常驻代表和常驻观察员提交一批组织名单的信，中文本。 */
export function batchLetterZh(w: BatchLetterWords): LetterText {
  const resolutions = w.resolutions.length ? `以及大会第${chineseList(w.resolutions)}号决议` : '';
  return {
    heading: '大会主席',
    date: w.date,
    salutation: '阁下：',
    paragraphs: [
      `谨提及${w.venue ? `将在${w.venue}举行的` : ''}“${w.meetingTitle}”会议${resolutions}。`,
      `根据大会决定的模式，谨按无异议程序，将所附表示有意参加会议的${w.count}个组织（非政府组织、民间社会组织、私营部门和媒体的代表）的名单（${w.listTitle}，第${w.batch}批）提交会员国审议。`,
      `希望反对名单所列任何组织参加会议的会员国，请于${w.deadline}之前以书面形式通知本办公室。届时未收到任何反对意见的组织将应邀参加会议。`,
      '如一个或多个会员国提出要求，将向大会主席办公室和提出要求者通报任何反对意见的一般理由。',
    ],
    closing: '顺致最崇高的敬意。',
    signatory: '大会主席',
    addressees: ['致联合国所有常驻代表和常驻观察员', '纽约'],
    annex: {
      heading: '附件',
      title: '按无异议程序提交会员国的组织名单',
      subtitle: `${w.meetingTitle}：${w.listTitle}，第${w.batch}批`,
      parts: [{ title: '', columns: ['序号', '组织名称', '国家'], rows: w.rows, empty: '无。' }],
    },
    footer: { position: '日志位置', page: '第', of: '页，共', pages: '页' },
  };
}

/** “a”、“a和b”、“a、b和c”。 */
export function chineseList(items: readonly string[]): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join('、')}和${items[items.length - 1]}`;
}
