import { requireCaughtUpSupport, sendsCaughtUp, UnsupportedServerError } from '../../src/event-store/esdb/esdb-server-version';

describe('the EventStoreDB server version', () => {
  it.each(['23.10.0', '23.10.7.0', '24.10.1', '25.0.0', '26.1.2-rc.1'])('accepts %s, which sends CaughtUp', (version) => {
    expect(sendsCaughtUp(version)).toBe(true);
  });

  it.each(['23.6.0', '22.10.3', '21.10.0', 'unknown', ''])('refuses %s', (version) => {
    expect(sendsCaughtUp(version)).toBe(false);
  });

  it("reads the version the client fetched with the server's features", async () => {
    await expect(requireCaughtUpSupport({ capabilities: Promise.resolve({ serverVersion: '24.10.0' }) })).resolves.toBeUndefined();
    const refused = requireCaughtUpSupport({ capabilities: Promise.resolve({ serverVersion: '22.10.0' }) });
    await expect(refused).rejects.toBeInstanceOf(UnsupportedServerError);
    await expect(requireCaughtUpSupport({})).rejects.toThrow(/23\.10 or later is required .* "unknown"/);
  });
});
