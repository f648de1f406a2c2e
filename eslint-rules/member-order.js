/**
 * The member order of DESIGN.md for Lit elements (classes that extend LitElement, or extend another class and render):
 * static members; controllers (fields set to `new X(this, …)` or `new …Controller(…)`); state (fields from
 * @consume, @provide, @state, @query, and other plain fields); @property members; lifecycle callbacks; other methods
 * (handlers, arrow-function fields, accessors and the public API); `render` last.
 */
const GROUPS = ['static', 'controllers', 'state', 'properties', 'lifecycle', 'methods', 'render'];
const [STATIC, CONTROLLER, STATE, PROPERTY, LIFECYCLE, METHOD, RENDER] = GROUPS.keys();

const LIFECYCLE_NAMES = new Set([
  'constructor',
  'connectedCallback',
  'disconnectedCallback',
  'adoptedCallback',
  'attributeChangedCallback',
  'createRenderRoot',
  'shouldUpdate',
  'willUpdate',
  'update',
  'firstUpdated',
  'updated',
]);

const decoratorNames = (member) =>
  (member.decorators ?? []).map(({ expression }) => (expression.type === 'CallExpression' ? expression.callee.name : expression.name));

function isController(value) {
  if (value?.type !== 'NewExpression') return false;
  return value.arguments[0]?.type === 'ThisExpression' || /Controller$/.test(value.callee.name ?? '');
}

function groupOf(member) {
  if (member.static || member.type === 'StaticBlock') return STATIC;
  if (decoratorNames(member).includes('property')) return PROPERTY;
  const type = member.type.replace(/^TSAbstract/, '');
  if (type === 'MethodDefinition') {
    if (member.kind === 'get' || member.kind === 'set' || member.key.type !== 'Identifier') return METHOD;
    if (member.key.name === 'render') return RENDER;
    return LIFECYCLE_NAMES.has(member.key.name) ? LIFECYCLE : METHOD;
  }
  if (isController(member.value)) return CONTROLLER;
  if (member.value?.type === 'ArrowFunctionExpression' || member.value?.type === 'FunctionExpression') return METHOD;
  return STATE;
}

const isRender = (member) => groupOf(member) === RENDER;
const isLitElement = (node) => node.superClass?.name === 'LitElement' || (node.superClass !== null && node.body.body.some(isRender));

export default {
  meta: {
    type: 'suggestion',
    docs: { description: 'Order the members of a Lit element as DESIGN.md says' },
    schema: [],
    messages: {
      order: "'{{name}}' ({{group}}) should come before {{after}}: {{order}}.",
    },
  },
  create(context) {
    function check(node) {
      if (!isLitElement(node)) return;
      let latest = STATIC;
      for (const member of node.body.body) {
        const group = groupOf(member);
        if (group < latest) {
          const name = context.sourceCode.getText(member.key ?? member).split('\n')[0];
          context.report({ node: member, messageId: 'order', data: { name, group: GROUPS[group], after: GROUPS[latest], order: GROUPS.join(', ') } });
        } else {
          latest = group;
        }
      }
    }
    return { ClassDeclaration: check, ClassExpression: check };
  },
};
