// Protocol hygiene the library does not give: a reader that
//  - ends the process on a framing error (missing or wrong Content-Length, a
//    bad header, a body that is not JSON), so the client sees the server exit
//    and restarts it instead of talking to a server that never answers again;
//  - answers requests before `initialize` with ServerNotInitialized (-32002)
//    and requests after `shutdown` with InvalidRequest (-32600), without
//    handing them to any handler.

import type { Disposable, Event, Message, MessageReader, MessageWriter, DataCallback, PartialMessageInfo } from 'vscode-languageserver/node';

export const SERVER_NOT_INITIALIZED = -32002;
export const INVALID_REQUEST = -32600;

interface RequestLike {
  jsonrpc: string;
  id?: number | string | null;
  method?: string;
}

export interface GuardOptions {
  /** Called on a framing error (default: exit with code 1). */
  onFatal(reason: string): void;
  /** How long a half-received message may wait before it counts as a framing error. */
  partialTimeoutMs?: number;
}

export class GuardedReader implements MessageReader {
  private initialized = false;
  private shutdown = false;

  constructor(
    private readonly inner: MessageReader,
    private readonly writer: MessageWriter,
    private readonly o: GuardOptions,
  ) {
    inner.onError((e) => o.onFatal(`framing error: ${e instanceof Error ? e.message : String(e)}`));
    inner.onPartialMessage((info: PartialMessageInfo) => {
      if (info.waitingTime >= (o.partialTimeoutMs ?? 30000)) o.onFatal(`incomplete message for ${info.waitingTime} ms (wrong Content-Length?)`);
    });
  }

  get onError(): Event<Error> {
    return this.inner.onError;
  }
  get onClose(): Event<void> {
    return this.inner.onClose;
  }
  get onPartialMessage(): Event<PartialMessageInfo> {
    return this.inner.onPartialMessage;
  }

  listen(callback: DataCallback): Disposable {
    return this.inner.listen((msg: Message) => {
      if (this.admit(msg as RequestLike)) callback(msg);
    });
  }

  dispose(): void {
    this.inner.dispose();
  }

  /** Should the connection see this message? Refused requests are answered here. */
  private admit(m: RequestLike): boolean {
    const isRequest = typeof m.method === 'string' && m.id !== undefined && m.id !== null;
    const isNotification = typeof m.method === 'string' && (m.id === undefined || m.id === null);
    if (isNotification) {
      if (m.method === 'exit') return true;
      return this.initialized && !this.shutdown; // dropped before initialize (spec) and after shutdown
    }
    if (!isRequest) return true; // a response to one of our requests
    if (this.shutdown) {
      this.refuse(m, INVALID_REQUEST, 'Server is shutting down: no request after shutdown');
      return false;
    }
    if (m.method === 'initialize') {
      if (this.initialized) {
        this.refuse(m, INVALID_REQUEST, 'initialize was already received');
        return false;
      }
      this.initialized = true;
      return true;
    }
    if (!this.initialized) {
      this.refuse(m, SERVER_NOT_INITIALIZED, 'Server not initialized: send initialize first');
      return false;
    }
    if (m.method === 'shutdown') this.shutdown = true;
    return true;
  }

  private refuse(m: RequestLike, code: number, message: string): void {
    void this.writer.write({ jsonrpc: '2.0', id: m.id ?? null, error: { code, message } } as Message);
  }
}
