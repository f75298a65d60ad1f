import {runAction} from '@ci-actions/core/run-action';
import {postRun} from './post-run';

void runAction(postRun, {name: 'setup-helm-kubeconform (post)'});
