import { useTranslation } from 'react-i18next';

/**
 * A bar chart that is a table: screen readers read the group and its count, sighted readers see the bars
 * (their width is set through the CSSOM, which the Content-Security-Policy allows, unlike a style attribute).
 */
export function RepresentationChart({ caption, groups, counts }: { caption: string; groups: string[]; counts: Record<string, number> }) {
  const { t } = useTranslation();
  const largest = Math.max(1, ...groups.map((group) => counts[group] ?? 0));
  return (
    <table className="no-bar-chart">
      <caption>{t('dashboard.representation.caption', { list: caption })}</caption>
      <thead className="no-visually-hidden">
        <tr>
          <th scope="col">{t('dashboard.representation.group')}</th>
          <th scope="col">{t('dashboard.representation.count')}</th>
        </tr>
      </thead>
      <tbody>
        {groups.map((group) => {
          const count = counts[group] ?? 0;
          return (
            <tr key={group} className={count === 0 ? 'no-bar-empty' : undefined}>
              <th scope="row">{t(`dashboard.groups.${group}`)}</th>
              <td>
                <div className="no-bar-track">
                  <span className="no-bar" aria-hidden="true" style={{ width: `${(count / largest) * 100}%` }} />
                  <span className="no-bar-count">{count}</span>
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
