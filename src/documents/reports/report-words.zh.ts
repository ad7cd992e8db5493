import type { ReportWords } from './report-vocabulary';

/** 中文文件。 */
export const REPORT_WORDS_ZH: ReportWords = {
  office: '大会主席',
  page: '第',
  of: '页，共',
  pages: '页',
  asOf: (moment) => `截至${moment}`,
  speakers: {
    title: '发言者名单',
    segment: (title, startsAt) => `${title}，${startsAt}`,
    status: { open: '名单开放登记。', closed: (at) => `名单已于${at}截止登记。` },
    columns: ['序号', '代表团', '代表级别', '发言者', '登记时间'],
    empty: '尚无代表团登记。',
    levels: {
      'head-of-state': '国家元首',
      'vice-president': '副总统',
      'crown-prince': '王储',
      'head-of-government': '政府首脑',
      minister: '部长',
      'vice-minister': '副部长',
      'head-of-delegation': '代表团团长',
    },
    observer: (delegation) => `${delegation}（观察员）`,
  },
  summary: {
    title: '高级别会议摘要',
    president: '主席的摘要',
    notYet: '主席尚未记录会议摘要。',
    recorded: (at) => `记录于${at}`,
    achievements: '成就',
    gaps: '差距',
    challenges: '挑战',
    chairs: '小组讨论主席的摘要',
    noChairs: '尚无小组讨论主席提交摘要。',
    chairedBy: (state, at) => `主席：${state}；摘要记录于${at}`,
  },
};
