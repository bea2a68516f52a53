import { render } from 'preact';

function Popup() {
  return (
    <main>
      <h1>Case Note Coach</h1>
      <p>Your caseload is empty.</p>
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<Popup />, root);
