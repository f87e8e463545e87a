// Test support: a local stand-in for the Kolada API on 127.0.0.1, so no test reaches the network.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type StubHandler = (url: URL, res: ServerResponse, req: IncomingMessage) => void;

export interface KoladaStub {
  baseUrl: string;
  /** Every request's path and query, in order. */
  requests: URL[];
  close(): Promise<void>;
}

export async function koladaStub(handler: StubHandler): Promise<KoladaStub> {
  const requests: URL[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    requests.push(url);
    handler(url, res, req);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v3`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export const sendJson = (res: ServerResponse, body: unknown, status = 200) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

/** A v3 data entry: one KPI, area and year with a total value. */
export const entry = (kpi: string, municipality: string, period: number, value: number | null) => ({
  kpi,
  municipality,
  period,
  values: [{ gender: 'T', value, status: '', count: 1, isdeleted: false }],
});

/** A base URL where nothing listens: a port that was just free. */
export async function deadBaseUrl(): Promise<string> {
  const s = await koladaStub(() => undefined);
  await s.close();
  return s.baseUrl;
}
