// A client of the hub at /hubs/exchange over the global `signalR` (loaded by /lib/signalr/signalr.min.js).
// Each stream keeps the last seq it has applied. Subscribing asks the hub for every event after it; events pushed
// while that call is pending wait in a buffer, so the answer is applied first and nothing is applied twice.

const startDelays = [0, 2000, 5000, 10000, 30000];
// After a node dies its grains answer again only once the cluster has declared it dead, so a failed catch-up is retried.
const catchUpRetryDelays = [1000, 3000, 10000];
// The most events one Subscribe answers (EventLog.MaxCatchUp); a full answer may leave more to fetch.
const maxCatchUp = 1000;

let shared = null;

/** The page's one connection: every module on a page shares it, so a person counts once among a thread's viewers. */
export const sharedLiveClient = () => (shared ??= new LiveClient());

export class LiveClient {
  #connection;
  #streams = new Map();
  #signals = new Map();
  #starting = null;

  constructor(url = "/hubs/exchange", signalR = globalThis.signalR) {
    this.#connection = new signalR.HubConnectionBuilder()
      .withUrl(url)
      .withAutomaticReconnect()
      .withStatefulReconnect()
      .build();
    this.#connection.on("Event", (event) => this.#receive(event));
    // A new connection has joined no groups yet: ask again from where each stream stopped.
    this.#connection.onreconnected(() => {
      for (const stream of this.#streams.keys()) {
        this.#catchUp(stream);
      }
    });
  }

  /**
   * Follows a stream from `afterSeq` on; `onEvent` gets each event once, in seq order. A second module following a
   * stream the page already follows (the header's inbox count and the inbox page, say) hears it from where it is now.
   */
  async subscribe(stream, afterSeq, onEvent) {
    const followed = this.#streams.get(stream);
    if (followed) {
      followed.handlers.push(onEvent);
      await this.#start();
      return;
    }
    this.#streams.set(stream, { lastSeq: afterSeq, handlers: [onEvent], buffer: null });
    await this.#start();
    await this.#catchUp(stream);
  }

  /** Hears a stream's unsequenced signals (who is viewing, who is typing); they are not replayed after a drop. */
  onSignal(stream, handler) {
    if (this.#signals.size === 0) {
      this.#connection.on("Signal", (signal) => this.#signals.get(signal?.stream)?.forEach((each) => each(signal)));
    }
    const handlers = this.#signals.get(stream) ?? new Set();
    handlers.add(handler);
    this.#signals.set(stream, handlers);
  }

  /** Calls a hub method on the open connection; fails at once without one, since a late signal is worth nothing. */
  invoke(method, ...args) {
    if (this.#connection.state !== "Connected") {
      return Promise.reject(new Error("ExchangeHub: not connected"));
    }
    return this.#connection.invoke(method, ...args);
  }

  async unsubscribe(stream) {
    if (this.#streams.delete(stream) && this.#connection.state === "Connected") {
      await this.#connection.invoke("Unsubscribe", stream);
    }
  }

  #start() {
    // Modules that subscribe one after another share one start: the connection's state changes only once the first
    // start has begun, so it cannot tell whether a start is already on its way.
    if (this.#starting) {
      return this.#starting;
    }
    if (this.#connection.state !== "Disconnected") {
      return Promise.resolve();
    }
    this.#starting = this.#startWithRetries().finally(() => {
      this.#starting = null;
    });
    return this.#starting;
  }

  async #startWithRetries() {
    let lastError;
    for (const delay of startDelays) {
      await new Promise((resolve) => setTimeout(resolve, delay));
      try {
        await this.#connection.start();
        return;
      } catch (error) {
        lastError = error;
      }
    }
    throw lastError;
  }

  async #catchUp(stream, attempt = 0) {
    const state = this.#streams.get(stream);
    if (!state || state.buffer) {
      return;
    }
    state.buffer = [];
    try {
      // Ask again from the last event fetched while answers come back full: the events pushed meanwhile wait in the
      // buffer, and applying them first would step over the ones not yet fetched.
      let missed;
      do {
        missed = await this.#connection.invoke("Subscribe", stream, state.lastSeq);
        for (const event of missed) {
          this.#apply(state, event);
        }
      } while (missed.length >= maxCatchUp);
    } catch (error) {
      console.warn(`ExchangeHub: could not follow ${stream}`, error);
      if (attempt < catchUpRetryDelays.length) {
        setTimeout(() => this.#catchUp(stream, attempt + 1), catchUpRetryDelays[attempt]);
      }
    } finally {
      const buffered = state.buffer.sort((a, b) => a.seq - b.seq);
      state.buffer = null;
      for (const event of buffered) {
        this.#apply(state, event);
      }
    }
  }

  #receive(event) {
    const state = this.#streams.get(event.stream);
    if (!state) {
      return;
    }
    if (state.buffer) {
      state.buffer.push(event);
    } else if (event.seq > state.lastSeq + 1) {
      // A gap: fetch what is missing; this event is kept and applied after it.
      this.#catchUp(event.stream);
      this.#streams.get(event.stream)?.buffer?.push(event);
    } else {
      this.#apply(state, event);
    }
  }

  #apply(state, event) {
    if (event.seq <= state.lastSeq) {
      return;
    }
    state.lastSeq = event.seq;
    for (const handler of state.handlers) {
      try {
        handler(event);
      } catch (error) {
        console.error("ExchangeHub: an event handler failed", error);
      }
    }
  }
}
