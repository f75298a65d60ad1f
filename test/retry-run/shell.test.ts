import {resolveShell, shellCommand, tokenize} from '../../actions/retry-run/src/shell';

describe('shell templates', () => {
  it.each([
    ['bash', 'bash', ['--noprofile', '--norc', '-eo', 'pipefail', '/t/s.sh'], '.sh'],
    ['sh', 'sh', ['-e', '/t/s.sh'], '.sh'],
    ['python', 'python', ['/t/s.py'], '.py'],
    ['pwsh', 'pwsh', ['-command', ". '/t/s.ps1'"], '.ps1'],
    ['bash -l {0}', 'bash', ['-l', '/t/s.sh'], '.sh'],
    ['/usr/bin/python3 -u {0}', '/usr/bin/python3', ['-u', '/t/s.py'], '.py'],
    ['perl "{0}"', 'perl', ['/t/s.sh'], '.sh'],
    ['bash -c "source {0} && echo done"', 'bash', ['-c', 'source /t/s.sh && echo done'], '.sh']
  ])('%p', (value, command, args, extension) => {
    const shell = resolveShell(value)!;
    expect(shell.extension).toBe(extension);
    expect(shellCommand(shell, `/t/s${extension}`)).toEqual({command, args});
  });

  it.each(['zsh', 'bash -e', '', 'bash "{0}'])('rejects %p', value => {
    expect(resolveShell(value)).toBeUndefined();
  });

  it.each([
    [`a 'b c' "d e"`, ['a', 'b c', 'd e']],
    [`  a   b  `, ['a', 'b']],
    [`a ''`, ['a', '']],
    [`a 'b`, undefined]
  ])('tokenize(%p)', (text, words) => {
    expect(tokenize(text)).toEqual(words);
  });
});
