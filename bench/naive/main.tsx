/** Entry of the naive page: `?cards=N`. */
import { createRoot } from 'react-dom/client';
import { NaiveBoard } from './NaiveBoard';

const count = Number(new URLSearchParams(window.location.search).get('cards') ?? '500');
createRoot(document.getElementById('root')!).render(<NaiveBoard count={count} />);
