import { render } from 'preact';
import { ArchiveApp } from './ArchiveApp';
import './archive.css';

// The only place that reads the URL: ?q=<query> when opened from the popup's search box.
render(<ArchiveApp initialQuery={new URLSearchParams(location.search).get('q') ?? ''} />, document.getElementById('app')!);
