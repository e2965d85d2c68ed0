import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A file the person chose or dropped, kept as read: it is parsed again (not re-read) when the language or framework changes, so messages follow. */
export interface FileEntry {
  id: number;
  name: string;
  /** The file's JSON value, or its text when it is not JSON (the parse then says why). */
  input: unknown;
  tooBig?: boolean;
}

/** Larger than any diagnostic (the longest possible is about 1 MB): such a file is refused unread. */
export const MAX_FILE_SIZE = 5_000_000;

export interface FileDropOptions {
  /** Whether files are welcome now (not while a case or a comparison is shown). */
  accepts(): boolean;
  /** The files were read: the host decides what to keep. */
  received(files: FileEntry[]): void;
}

/**
 * Files chosen with an `<input type="file">` or dropped on the host's container: each read
 * as JSON (a list is one entry per item, each a respondent), too large ones refused unread.
 * Keeps `dragging` for the drop zone's look. Bind `dragover`, `dragleave`, `drop` on the
 * container and `choose` on the input's `change`.
 */
export class FileDropController implements ReactiveController {
  /** Whether files are being dragged over the host. */
  dragging = false;
  private nextId = 1;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: FileDropOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.setDragging(false);
  }

  private setDragging(value: boolean) {
    if (this.dragging === value) return;
    this.dragging = value;
    this.host.requestUpdate();
  }

  readonly dragover = (event: DragEvent) => {
    if (!this.options.accepts() || !event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.setDragging(true);
  };

  readonly dragleave = (event: DragEvent) => {
    if (!(event.currentTarget as Element).contains(event.relatedTarget as Node | null)) this.setDragging(false);
  };

  readonly drop = (event: DragEvent) => {
    this.setDragging(false);
    if (!this.options.accepts() || !event.dataTransfer?.files.length) return;
    event.preventDefault();
    void this.read(event.dataTransfer.files);
  };

  readonly choose = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    // Cleared, so that choosing the same file again is a change.
    input.value = '';
    void this.read(files);
  };

  /** Reads the files and hands their entries to the host. */
  async read(list: FileList | readonly File[]): Promise<void> {
    const files = [...list];
    if (!files.length) return;
    const read = await Promise.all(
      files.map(async (file): Promise<FileEntry[]> => {
        if (file.size > MAX_FILE_SIZE) return [{ id: this.nextId++, name: file.name, input: undefined, tooBig: true }];
        const text = await file.text();
        let value: unknown = text;
        try {
          value = JSON.parse(text);
        } catch {
          // Left as text: the parse names the JSON error in the person's language.
        }
        // A file may hold a list of diagnostics: each is one respondent.
        if (Array.isArray(value) && value.length) return value.map((item, i) => ({ id: this.nextId++, name: `${file.name} (${i + 1})`, input: item }));
        return [{ id: this.nextId++, name: file.name, input: value }];
      }),
    );
    this.options.received(read.flat());
  }
}
