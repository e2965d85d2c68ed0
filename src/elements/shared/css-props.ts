import { noChange, type AttributePart } from 'lit';
import { Directive, PartType, directive, type DirectiveResult, type PartInfo } from 'lit/directive.js';

/**
 * Sets CSS properties through the CSSOM (`element.style.setProperty`), never through a
 * `style` attribute. Lit's styleMap writes the attribute on first render, which a page with
 * a strict Content-Security-Policy (no `unsafe-inline`) blocks; the CSSOM is allowed.
 * Bind it to `style`: `style=${cssProps({ '--c': color })}`.
 */
class CssPropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style') throw new Error('cssProps() belongs in a style binding');
  }

  render(_props: Readonly<Record<string, string>>) {
    return noChange;
  }

  override update(part: AttributePart, [props]: [Readonly<Record<string, string>>]) {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name of this.previous) if (!(name in props)) style.removeProperty(name);
    for (const [name, value] of Object.entries(props)) style.setProperty(name, value);
    this.previous = new Set(Object.keys(props));
    return noChange;
  }
}

/**
 * The binding's value. Typed as a plain `DirectiveResult` so that modules exporting helpers
 * built on it (`dimensionTint`) emit declarations: the class's private field would not.
 */
export const cssProps: (props: Readonly<Record<string, string>>) => DirectiveResult = directive(CssPropsDirective);
