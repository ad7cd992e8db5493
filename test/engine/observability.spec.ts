import { existsSync, readFileSync } from 'node:fs';
import { EngineMetrics } from '../../src/platform/metrics/engine-metrics';

/**
 * The `observability` profile of docker-compose.yml and the files it mounts (there is no Docker engine
 * here to start it). The dashboard is parsed as JSON; the YAML files are checked line by line, as the
 * project has no YAML parser among its dependencies.
 */
const read = (path: string) => readFileSync(path, 'utf8');
const compose = read('docker-compose.yml');

interface Panel {
  title: string;
  datasource: { uid: string };
  targets: { expr: string }[];
}

/** Every name the registry exposes, histograms with their _bucket, _sum and _count series. */
async function exposedNames(): Promise<Set<string>> {
  const metrics = new EngineMetrics();
  metrics.measureProjectionLag(() => Promise.resolve([]));
  metrics.measureScheduledJobs(() => Promise.resolve({ waiting: 0, delayed: 0, failed: 0 }));
  const names = new Set<string>();
  for (const metric of await metrics.allMetricsAsJSON()) {
    names.add(metric.name);
    if (String(metric.type) === 'histogram') for (const suffix of ['_bucket', '_sum', '_count']) names.add(metric.name + suffix);
  }
  metrics.registry.clear();
  return names;
}

describe('the observability profile', () => {
  const dashboard = JSON.parse(read('ops/grafana/dashboards/nihil-obstat.json')) as { uid: string; panels: Panel[] };
  const expressions = dashboard.panels.flatMap((panel) => panel.targets.map((target) => target.expr));

  it('runs Prometheus and Grafana only with --profile observability, mounting files that exist', () => {
    for (const service of ['prometheus', 'grafana']) {
      const block = new RegExp(`^  ${service}:\\n((?:    .*\\n|\\n)*)`, 'm').exec(compose)?.[1] ?? '';
      expect(block).toContain("profiles: ['observability']");
      for (const [, path] of block.matchAll(/- \.\/(ops\/[^:]+):/g)) expect(existsSync(path)).toBe(true);
    }
    expect(compose).not.toMatch(/^ {2}engine:\n(?: {4}.*\n)*? {4}profiles:/m);
  });

  it('has Prometheus scrape the engine, and Grafana read that Prometheus under the uid the dashboard uses', () => {
    const prometheus = read('ops/prometheus/prometheus.yml');
    expect(prometheus).toMatch(/^\s+metrics_path: \/metrics$/m);
    expect(prometheus).toContain("targets: ['engine:3000']");
    const datasource = read('ops/grafana/provisioning/datasources/prometheus.yml');
    expect(datasource).toMatch(/^\s+uid: prometheus$/m);
    expect(datasource).toContain('url: http://prometheus:9090');
    expect(read('ops/grafana/provisioning/dashboards/nihil-obstat.yml')).toContain('path: /var/lib/grafana/dashboards');
    expect(new Set(dashboard.panels.map((panel) => panel.datasource.uid))).toEqual(new Set(['prometheus']));
    for (const file of ['ops/prometheus/prometheus.yml', 'ops/grafana/provisioning/datasources/prometheus.yml']) {
      expect(read(file)).not.toContain('\t');
    }
  });

  it('charts only metrics the engine exposes, and every figure of the engine', async () => {
    const names = await exposedNames();
    const used = new Set(
      expressions.flatMap((expr) => [...expr.matchAll(/\b((?:nihil_obstat|process|nodejs)_[a-z0-9_]+)/g)].map((m) => m[1])),
    );
    expect([...used].filter((name) => !names.has(name))).toEqual([]);
    const figures = [...names].filter((name) => name.startsWith('nihil_obstat_') && !/_(bucket|sum|count)$/.test(name));
    const charted = (figure: string) => [...used].some((name) => name === figure || name.startsWith(`${figure}_`));
    expect(figures.filter((figure) => !charted(figure))).toEqual([]);
    expect(figures.length).toBe(11);
  });
});
