import { render } from 'preact';
import { ArchiveApp } from './ArchiveApp';
import './archive.css';

render(<ArchiveApp />, document.getElementById('app')!);
