/**
 * A recording HTTP proxy every browser request is sent through (both
 * browsers are told to use it, loopback included), so the no-network check
 * sees what the extension's background, pages and content scripts send in
 * either browser — not only what one automation protocol reports. Requests
 * to the demo server are passed on; anything else is refused and logged.
 */
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SeenRequest } from './types';

export interface RecordingProxy {
  port: number;
  seen: SeenRequest[];
  close(): Promise<void>;
}

export async function startRecordingProxy(allowedOrigin: string): Promise<RecordingProxy> {
  const seen: SeenRequest[] = [];
  const allowed = new URL(allowedOrigin);
  const server = createServer((req, res) => {
    // A browser drops connections it no longer needs (a page left mid-load): not a test failure.
    req.on('error', () => undefined);
    res.on('error', () => undefined);
    const url = req.url ?? '';
    seen.push({ method: req.method ?? 'GET', url });
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (target.origin !== allowed.origin) {
      res.writeHead(502, { 'content-type': 'text/plain' }).end('blocked by the test proxy');
      return;
    }
    const upstream = httpRequest(
      { host: allowed.hostname, port: allowed.port, method: req.method, path: target.pathname + target.search, headers: req.headers },
      (up) => {
        up.on('error', () => res.destroy());
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  // HTTPS goes out as CONNECT host:port: logged and refused.
  server.on('clientError', (_error, socket) => socket.destroy());
  server.on('connection', (socket) => socket.on('error', () => undefined));
  server.on('connect', (req, socket) => {
    socket.on('error', () => undefined);
    seen.push({ method: 'CONNECT', url: `https://${req.url ?? ''}` });
    socket.end('HTTP/1.1 502 Blocked\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
