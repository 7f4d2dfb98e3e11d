import '../../ui/ui.css';
import './answer.css';
import { bootPage } from '../../ui/boot';
import { AnswerPage } from './AnswerPage';

void bootPage(() => <AnswerPage />);
