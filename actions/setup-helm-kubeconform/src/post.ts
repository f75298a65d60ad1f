import {runAction} from '@ci-actions/core';
import {postRun} from './post-run';

void runAction(postRun, {name: 'setup-helm-kubeconform (post)'});
