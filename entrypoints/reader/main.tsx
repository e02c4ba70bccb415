import { render } from 'preact';
import { parseSource } from './load';
import { ReaderApp } from './ReaderApp';
import './reader.css';

// The only place that reads the URL: ?tab=<id> (overlay over a live page) or ?id=<article> (archive).
render(<ReaderApp source={parseSource(location.search)} />, document.getElementById('app')!);
