import {runAction} from '@ci-actions/core';
import {run} from './run';

void runAction(run, {name: 'flake-report'});
