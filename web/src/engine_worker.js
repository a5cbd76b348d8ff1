// The engine's worker as the page and the Excel add-in talk to it (worker.js says what it
// takes and answers): one question at a time, in the order asked, each answered by the worker's
// next message other than progress.
const STAGES = ["configuration", "reading", "validation", "computation", "rendering", "writing"];

export class EngineWorker {
  // `source`: the worker's script. `onProgress(event)` hears each progress event; `onLost()`
  // hears that the engine aborted and the folder must be given again.
  constructor(source, { onProgress, onLost }) {
    this.worker = new Worker(URL.createObjectURL(new Blob([source], { type: "text/javascript" })));
    this.pending = null; // {resolve, reject} of the answer awaited
    this.last = Promise.resolve(); // the question before, which the next one waits for
    this.worker.onmessage = ({ data }) => {
      if (data.type === "progress") {
        onProgress(data.event);
      } else if (data.type === "failed") {
        if (data.lost) {
          onLost();
        }
        this.pending?.reject(new Error(data.message));
      } else {
        this.pending?.resolve(data);
      }
    };
  }

  // The worker's answer to `message`; `transfer` lists buffers handed over rather than copied.
  ask(message, transfer = []) {
    const answer = this.last.then(
      () =>
        new Promise((resolve, reject) => {
          this.pending = { resolve, reject };
          this.worker.postMessage(message, transfer);
        }),
    );
    this.last = answer.catch(() => {});
    return answer;
  }
}

// Where a progress event puts the bar (0 to 1) and what it says beside it; null for an event
// that moves neither.
export function progressOf(event) {
  if (event.event === "stage") {
    const text = `${event.stage[0].toUpperCase()}${event.stage.slice(1)}…`;
    return { value: STAGES.indexOf(event.stage) / STAGES.length, text };
  }
  if (event.event === "file") {
    const reading = STAGES.indexOf("reading");
    return {
      value: (reading + event.index / event.count) / STAGES.length,
      text: `Reading ${event.index} of ${event.count}: ${event.name}`,
    };
  }
  return null;
}
