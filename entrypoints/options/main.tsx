import '../../components/ui.css';
import './options.css';
import { bootPage } from '../../components/boot';
import { Options } from './Options';

void bootPage(() => <Options />);
