import { AnnexPart, LetterText } from './letter-layout';
import { chineseList } from './batch-letter.zh';
import { TransmittalLetterWords, TransmittedOrganization } from './transmittal-words';

/** 提请大会注意最后名单的信，中文本。 */
export function transmittalLetterZh(w: TransmittalLetterWords): LetterText {
  const resolutions = w.resolutions.length ? `以及大会第${chineseList(w.resolutions)}号决议` : '';
  return {
    heading: '大会主席',
    date: w.date,
    salutation: '阁下：',
    paragraphs: [
      `谨提及${w.venue ? `将在${w.venue}举行的` : ''}“${w.meetingTitle}”会议${resolutions}。`,
      w.listKind === 'ecosoc'
        ? `谨提请大会注意本函所附在经济及社会理事会具有咨商地位、可参加会议的非政府组织代表名单（${w.listTitle}）。`
        : `会员国已按无异议程序审议了表示有意参加会议的非政府组织、民间社会组织、私营部门和媒体代表的名单，谨提请大会注意本函所附最后名单（${w.listTitle}）。`,
      [approved(w.approved.length), outcome(w)].join(''),
    ],
    closing: '顺致最崇高的敬意。',
    signatory: '大会主席',
    addressees: ['致联合国所有常驻代表和常驻观察员', '纽约'],
    annex: {
      heading: '附件',
      title: '提请大会注意的最后组织名单',
      subtitle: `${w.meetingTitle}：${w.listTitle}`,
      parts: parts(w),
    },
    footer: { position: '日志位置', page: '第', of: '页，共', pages: '页' },
  };
}

function approved(count: number): string {
  if (count === 0) return '名单所列组织均未获批准。';
  return `已有${count}个组织获准参加会议，列于附件第一部分。`;
}

function outcome(w: TransmittalLetterWords): string {
  if (w.others.length === 0) return '';
  const decisions = w.objectedGoToGeneralAssembly ? '其中还列明大会就遭到反对的组织的参与问题作出的决定。' : '';
  switch (w.disclosure) {
    case 'organizations-and-states':
      return `附件第二部分列出参与遭到反对的组织以及提出反对的会员国。${decisions}`;
    case 'organizations':
      return `附件第二部分列出参与遭到反对的组织以及提出反对的会员国数目。${decisions}`;
    case 'none':
      return `附件第二部分列出未获批准的组织。${decisions}`;
  }
}

function parts(w: TransmittalLetterWords): AnnexPart[] {
  const columns = ['序号', '组织名称', '国家', '备注'];
  const rows = (organizations: TransmittedOrganization[]) => organizations.map((o, i) => [String(i + 1), o.name, o.countryName, remark(o)]);
  const approvedPart: AnnexPart = { title: '一、获准的组织', columns, rows: rows(w.approved), empty: '无。' };
  if (w.others.length === 0) return [approvedPart];
  const title = w.disclosure === 'none' ? '二、未获批准的组织' : '二、参与遭到反对的组织';
  return [approvedPart, { title, columns, rows: rows(w.others), empty: '无。' }];
}

function remark(o: TransmittedOrganization): string {
  const decision = o.generalAssemblyDecision;
  if (decision) return `经大会决定${decision.decision === 'approve' ? '批准' : '不予批准'}（${decision.reference}）`;
  if (o.objectingStates) return `提出反对的国家：${chineseList(o.objectingStates)}`;
  if (o.objectionCount !== undefined) return `${o.objectionCount}个会员国提出反对`;
  if (o.status === 'not-approved') return '未获批准';
  return '';
}
