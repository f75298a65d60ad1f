import {runAction} from '@ci-actions/core';
import {postRun} from './post-run';

void runAction(postRun, {name: 'prepare-python post'});
