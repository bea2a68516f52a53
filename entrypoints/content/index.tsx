import { render } from 'preact';
import { createShadowRootUi, defineContentScript } from '#imports';
import type { ContentScriptContext } from '#imports';
import { BUILT_IN_MATCHES } from '../../lib/sites';
import { Sidebar } from '../../components/Sidebar';
import '../../components/sidebar.css';

export default defineContentScript({
  matches: BUILT_IN_MATCHES,
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    try {
      await mountSidebar(ctx);
    } catch (error) {
      // Never break the host page: a failure means "no warnings", nothing more.
      console.warn('[Case Note Coach] sidebar not mounted:', error);
    }
  },
});

function findNoteField(doc: Document): HTMLTextAreaElement | null {
  let best: HTMLTextAreaElement | null = null;
  for (const field of Array.from(doc.querySelectorAll('textarea'))) {
    if (field.readOnly || field.disabled) continue;
    if (!best || field.rows * field.cols > best.rows * best.cols) best = field;
  }
  return best;
}

async function mountSidebar(ctx: ContentScriptContext): Promise<void> {
  // On a frameset page the body is the <frameset>; the frames get their own content script.
  if (!document.body || document.body.tagName === 'FRAMESET') return;
  const field = findNoteField(document);
  if (!field) return;
  const noop = () => undefined;
  const ui = await createShadowRootUi(ctx, {
    name: 'case-note-coach-sidebar',
    position: 'inline',
    anchor: field,
    append: 'after',
    onMount(container) {
      render(
        <Sidebar
          verdict={null}
          blanks={[]}
          status={null}
          problems={[]}
          templates={[]}
          draft={null}
          guard={false}
          collapsed={false}
          shortcut="Alt+Shift+N"
          onToggle={noop}
          onSelectSpan={noop}
          onInsertTemplate={noop}
          onUseTemplate={noop}
          onRestoreDraft={noop}
          onDiscardDraft={noop}
          onSaveAnyway={noop}
          onKeepEditing={noop}
        />,
        container,
      );
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  ui.mount();
}
