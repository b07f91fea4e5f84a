import { render } from 'preact';

render(<p>Reader</p>, document.getElementById('app')!);
