import { createRoot } from 'react-dom/client';
import '../../components/ui.css';
import './options.css';
import { Options } from './Options';

createRoot(document.getElementById('root')!).render(<Options />);
