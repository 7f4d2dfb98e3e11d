import '../../components/ui.css';
import './popup.css';
import { bootPage } from '../../components/boot';
import { preloadAnswers } from '../../utils/use-answer-source';
import { Popup } from './Popup';

void preloadAnswers();
void bootPage(() => <Popup />);
