/** The methods and paths the server serves, to tell "no such route" (404) from "not with this method" (405). */
export class RouteTable {
  private readonly routes: { method: string; pattern: RegExp }[] = [];

  add(methods: string | string[], url: string): void {
    const pattern = patternOf(url);
    for (const method of [methods].flat()) this.routes.push({ method: method.toUpperCase(), pattern });
  }

  /** The methods the path is served with, sorted; empty when no route has that path. */
  methodsFor(path: string): string[] {
    const methods = this.routes.filter((route) => route.pattern.test(path)).map((route) => route.method);
    return [...new Set(methods)].sort();
  }
}

/** `/v1/meetings/:meetingId` → a pattern where each parameter is one non-empty path segment. */
function patternOf(url: string): RegExp {
  const segments = url.split('/').map((segment) => (segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  return new RegExp(`^${segments.join('/')}/?$`);
}
