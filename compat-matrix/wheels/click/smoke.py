# Smoke test of the click wheel (pure Python): commands and groups built by decorators, option
# parsing, types and errors, run through click's test runner.
import click
from click.testing import CliRunner


@click.group()
@click.option('--verbose', '-v', count=True)
@click.pass_context
def cli(ctx, verbose):
    ctx.obj = {'verbose': verbose}


@cli.command()
@click.argument('names', nargs=-1)
@click.option('--count', type=click.IntRange(1, 5), default=1)
@click.option('--shout/--no-shout', default=False)
@click.pass_obj
def greet(obj, names, count, shout):
    for n in names or ['world']:
        msg = 'hello ' + n
        click.echo((msg.upper() if shout else msg) * count + (' (v%d)' % obj['verbose'] if obj['verbose'] else ''))


@cli.command()
@click.option('--when', type=click.Choice(['now', 'later']), required=True)
def plan(when):
    click.echo('planned ' + when)


runner = CliRunner()
for args in (['greet'], ['-vv', 'greet', 'ann', 'bob', '--shout'], ['greet', '--count', '9'],
             ['plan'], ['plan', '--when', 'later'], ['nope'], ['--help']):
    r = runner.invoke(cli, args)
    print(args, '->', r.exit_code)
    print(r.output.rstrip())
print('style ->', repr(click.style('x', fg='red', bold=True)), repr(click.unstyle(click.style('y', fg='blue'))))
