import '../../ui/ui.css';
import './options.css';
import { bootPage } from '../../ui/boot';
import { showBootFailure } from '../../ui/boot-failure';
import { Options } from './Options';

bootPage(() => <Options />).catch(showBootFailure);
