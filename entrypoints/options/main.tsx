import '../../ui/ui.css';
import './options.css';
import { bootPage } from '../../ui/boot';
import { Options } from './Options';

void bootPage(() => <Options />);
