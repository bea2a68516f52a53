export function Sidebar() {
  return (
    <aside class="cnc-sidebar" aria-label="Case Note Coach">
      <h2>Case Note Coach</h2>
      <p role="status">Checking this note.</p>
    </aside>
  );
}
