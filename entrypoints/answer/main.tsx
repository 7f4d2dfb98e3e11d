import '../../ui/ui.css';
import './answer.css';
import { bootPage } from '../../ui/boot';
import { showBootFailure } from '../../ui/boot-failure';
import { AnswerPage } from './AnswerPage';

bootPage(() => <AnswerPage />).catch(showBootFailure);
