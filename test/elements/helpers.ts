/** What the questionnaire's and the report's tests share. */

/** Captures what the element downloads. */
export async function captureDownload(action: () => void): Promise<{ name: string; type: string; text: string }> {
  const original = URL.createObjectURL;
  let blob: Blob | undefined;
  URL.createObjectURL = (b: Blob) => {
    blob = b;
    return 'blob:captured';
  };
  let name = '';
  const onClick = (e: Event) => {
    const a = e.composedPath()[0] as HTMLAnchorElement;
    if (a.download) {
      name = a.download;
      e.preventDefault();
    }
  };
  document.addEventListener('click', onClick, true);
  try {
    action();
  } finally {
    URL.createObjectURL = original;
    document.removeEventListener('click', onClick, true);
  }
  return { name, type: blob!.type, text: await blob!.text() };
}
