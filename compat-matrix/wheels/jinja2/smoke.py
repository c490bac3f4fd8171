# Smoke test of the jinja2 wheel (pure Python) over markupsafe's C speedups: templates are
# compiled to Python source and run, with autoescaping, inheritance, filters, macros and errors.
import jinja2
import markupsafe

print('speedups ->', markupsafe.escape.__module__)
env = jinja2.Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True,
                         loader=jinja2.DictLoader({
                             'base.html': '<title>{% block title %}base{% endblock %}</title>{% block body %}{% endblock %}',
                             'page.html': '{% extends "base.html" %}{% block title %}{{ name|title }}{% endblock %}'
                                          '{% block body %}{% for i in items %}<li>{{ loop.index }}:{{ i }}</li>{% endfor %}{% endblock %}',
                             'macros.html': '{% macro tag(n, v) %}<{{ n }}>{{ v }}</{{ n }}>{% endmacro %}',
                         }))
print('extends ->', env.get_template('page.html').render(name='hello world', items=['<a>', 'b & c', 3]))
t = env.from_string('{% from "macros.html" import tag %}{{ tag("em", x) }} {{ x|length }} {{ y|default("none") }}')
print('macro ->', t.render(x='<script>'))
print('filters ->', env.from_string('{{ xs|sort|join(", ") }} {{ d|dictsort }} {{ 3.14159|round(2) }} {{ "abc"|upper|reverse }}').render(xs=[3, 1, 2], d={'b': 1, 'a': 2}))
print('expressions ->', env.from_string('{{ 2 ** 10 }} {{ [1,2,3][1:] }} {{ "x" ~ 1 }} {{ a if a > 1 else "small" }} {{ {"k": 1}.k }}').render(a=5))
print('set/namespace ->', env.from_string('{% set ns = namespace(n=0) %}{% for i in range(5) %}{% set ns.n = ns.n + i %}{% endfor %}{{ ns.n }}').render())
print('markup safe ->', env.from_string('{{ s }} {{ s|safe }}').render(s='<b>'))
try:
    env.from_string('{% for %}')
except jinja2.TemplateSyntaxError as e:
    print('syntax error ->', type(e).__name__, e.lineno, e.message)
try:
    jinja2.Environment(undefined=jinja2.StrictUndefined).from_string('{{ missing.attr }}').render()
except jinja2.UndefinedError as e:
    print('undefined ->', e)
src = env.compile('{{ a + b }}', raw=True)
print('compiled source has render ->', 'def root' in src)
print('sandbox ->', __import__('jinja2.sandbox').sandbox.SandboxedEnvironment().from_string('{{ x.__class__ }}').render(x=1) == '')
