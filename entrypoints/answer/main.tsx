import '../../components/ui.css';
import './answer.css';
import { bootPage } from '../../components/boot';
import { AnswerPage } from './AnswerPage';

void bootPage(() => <AnswerPage />);
