// Static checks of the deployment files: Dockerfile, .dockerignore, docker-compose.yml and the
// kustomize layout in deploy/k8s. No Docker engine or cluster is needed. The list of services
// comes from apps/ (every folder with a project.json), so adding an app without its compose
// service and k8s manifests fails here.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  APPS_WITHOUT_DATABASE,
  OPS_PORTS,
  SERVICE_PORTS,
  checkCompose,
  checkK8sApps,
  checkKnownPorts,
  checkKustomizationFiles,
  checkSecretExample,
  checkSecretValues,
  deploymentFiles,
  discoverApps,
  findSecretProblems,
  loadKustomization,
  parseYaml,
  parseYamlAll,
} from './manifest-checks';

const ROOT = path.resolve(__dirname, '..', '..');
const K8S = path.join(ROOT, 'deploy', 'k8s');
const read = (file: string): string => readFileSync(path.join(ROOT, file), 'utf8');
const clone = <T>(value: T): T => structuredClone(value);
/** A name no real app will have, for the tests proving that the checks catch a missing app. */
const FAKE_APP = 'not-an-app';

const apps = discoverApps(ROOT);
const compose = parseYaml(read('docker-compose.yml'));
const { kustomization, docs, missing } = loadKustomization(K8S);
const secretExample = parseYaml(read('deploy/k8s/secret.example.yaml'));

describe('the list of apps', () => {
  it('is read from apps/ and every app has a known port', () => {
    expect(apps.length).toBeGreaterThan(0);
    expect(apps).toEqual(expect.arrayContaining(['gateway']));
    expect(checkKnownPorts(apps)).toEqual([]);
  });

  it('fails for an app without a port', () => {
    expect(checkKnownPorts([...apps, FAKE_APP])).toEqual(expect.arrayContaining([expect.stringContaining(`"${FAKE_APP}" has no port`)]));
  });
});

describe('every YAML file parses', () => {
  const yamlFiles = deploymentFiles(ROOT).filter((f) => /\.ya?ml$/.test(f));
  it.each(yamlFiles)('%s', (file) => {
    const parsed = parseYamlAll(read(file));
    expect(parsed.length).toBeGreaterThan(0);
    for (const doc of parsed) expect(typeof doc).toBe('object');
  });
});

describe('Dockerfile', () => {
  // Continuation lines joined, comments dropped: one instruction per line.
  const dockerfile = read('Dockerfile').replace(/\\\n/g, ' ').split('\n').filter((l) => !/^\s*#/.test(l)).join('\n');
  const stages = [...dockerfile.matchAll(/^FROM\s+(\S+)(?:\s+AS\s+(\S+))?/gim)];
  const runtime = dockerfile.slice(dockerfile.lastIndexOf(stages[stages.length - 1]?.[0] ?? 'FROM'));

  it('is multi-stage on node 20 (bookworm-slim)', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(dockerfile).toMatch(/node:20-bookworm-slim/);
  });

  it('installs from the lock file, builds, and prunes dev dependencies before the runtime stage', () => {
    expect(dockerfile).toMatch(/^RUN .*\bnpm install\b/m);
    expect(dockerfile).toMatch(/^RUN npm run build\b/m);
    expect(dockerfile).toMatch(/npm prune --omit=dev/);
  });

  it('takes the service as ARG SERVICE / ENV SERVICE and runs it as a non-root user', () => {
    expect(runtime).toMatch(/^ARG SERVICE\b/m);
    expect(runtime).toMatch(/^ENV SERVICE=\$\{?SERVICE\}?/m);
    const user = /^USER\s+(\S+)/m.exec(runtime)?.[1];
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^(root|0)(:|$)/);
    expect(runtime).toMatch(/^CMD .*node dist\/apps\/\$\{SERVICE\}\/src\/main\.js/m);
  });

  it('has a HEALTHCHECK on /health/live using node fetch', () => {
    const healthcheck = /^HEALTHCHECK .*$/m.exec(runtime)?.[0] ?? '';
    expect(healthcheck).toMatch(/node/);
    expect(healthcheck).toMatch(/fetch\(/);
    expect(healthcheck).toMatch(/\/health\/live/);
  });

  it('ships tools/ so the same image runs the provisioning step', () => {
    expect(runtime).toMatch(/^COPY[^\n]*\/app\/tools\b/m);
  });

  it('has a .dockerignore keeping dependencies, build output and VCS data out of the context', () => {
    const ignored = read('.dockerignore').split('\n').map((l) => l.trim());
    for (const entry of ['node_modules', 'dist', '.git', 'coverage', 'tmp', '*.log']) expect(ignored).toContain(entry);
  });
});

describe('docker-compose.yml', () => {
  it('has infrastructure, provisioning and a service per app, with the right ports, env, healthchecks and dependencies', () => {
    expect(checkCompose(compose, apps)).toEqual([]);
  });

  it('uses YAML anchors for the common parts', () => {
    expect(read('docker-compose.yml')).toMatch(/<<: \*/);
  });

  it('fails when an app has no compose service', () => {
    expect(checkCompose(compose, [...apps, FAKE_APP])).toEqual(
      expect.arrayContaining([expect.stringContaining(`no service for app "${FAKE_APP}"`)]),
    );
  });

  it('fails when a service is wired wrongly', () => {
    const broken = clone(compose);
    const dbApp = apps.find((a) => !APPS_WITHOUT_DATABASE.includes(a))!;
    broken.services[dbApp].environment.PORT = '9999';
    delete broken.services[dbApp].environment.DATABASE_SCHEMA;
    delete broken.services[dbApp].depends_on.provision;
    broken.services[dbApp].ports = ['5432:5432'];
    broken.services[dbApp].healthcheck = { disable: true };
    const problems = checkCompose(broken, apps).join('\n');
    expect(problems).toContain(`${dbApp}: PORT is 9999`);
    expect(problems).toContain(`${dbApp}: DATABASE_SCHEMA`);
    expect(problems).toContain(`${dbApp}: must depend on provision`);
    expect(problems).toContain(`${dbApp}: publishes ports`);
    expect(problems).toContain(`${dbApp}: no healthcheck`);
  });
});

describe('deploy/k8s (kustomize)', () => {
  // kubectl (on this machine kind) renders the kustomization offline, as `kubectl apply -k` would.
  it('renders with kubectl kustomize into one Deployment per app', () => {
    const rendered = execFileSync('kubectl', ['kustomize', path.join(ROOT, 'deploy/k8s')], { encoding: 'utf8' });
    const kinds = rendered.split('\n').filter((l) => l.startsWith('kind: '));
    expect(kinds.filter((k) => k === 'kind: Deployment')).toHaveLength(discoverApps(ROOT).length);
  });

  it('lists only files that exist, and every manifest file is listed', () => {
    expect(checkKustomizationFiles(K8S, kustomization, missing)).toEqual([]);
  });

  it('has a Deployment and a Service per app with probes, env, resources and security context; the ingress, HPAs and provision Job', () => {
    expect(checkK8sApps(docs, kustomization, apps)).toEqual([]);
  });

  it('documents in secret.example.yaml every Secret key the manifests read, and applies no Secret', () => {
    expect(checkSecretExample(docs, secretExample)).toEqual([]);
  });

  it('fails when an app has no manifests', () => {
    const problems = checkK8sApps(docs, kustomization, [...apps, FAKE_APP]);
    expect(problems).toEqual(expect.arrayContaining([
      `kustomization.yaml does not list ${FAKE_APP}.yaml`,
      `k8s: ${FAKE_APP}: no Deployment`,
    ]));
  });

  it('fails when kustomization.yaml lists a missing file or forgets one', () => {
    expect(checkKustomizationFiles(K8S, { ...kustomization, resources: [...kustomization.resources, 'nope.yaml'] }, ['nope.yaml']))
      .toContain('kustomization.yaml lists nope.yaml, which does not exist');
    const withoutGateway = { ...kustomization, resources: kustomization.resources.filter((r: string) => r !== 'gateway.yaml') };
    expect(checkKustomizationFiles(K8S, withoutGateway, [])).toContain('deploy/k8s/gateway.yaml is not listed in kustomization.yaml');
  });

  it('fails when probes point at the wrong path or port', () => {
    const broken = clone(docs);
    const deployment = broken.find(({ doc }) => doc.kind === 'Deployment' && doc.metadata.name === 'gateway')!.doc;
    const container = deployment.spec.template.spec.containers[0];
    container.readinessProbe.httpGet.path = '/health/live';
    container.livenessProbe.httpGet.port = 8080;
    const problems = checkK8sApps(broken, kustomization, apps);
    expect(problems).toContain('k8s: gateway: readinessProbe path is /health/live, expected /health/ready');
    expect(problems).toContain(`k8s: gateway: livenessProbe port 8080 does not resolve to ${OPS_PORTS.gateway}`);
  });

  it('keeps the gateway ops port internal: probed and scraped there, off the Service, admitted from monitoring only', () => {
    const gatewayOf = (d: typeof docs) => d.find(({ doc }) => doc.kind === 'Deployment' && doc.metadata.name === 'gateway')!.doc;
    const serviceOf = (d: typeof docs) => d.find(({ doc }) => doc.kind === 'Service' && doc.metadata.name === 'gateway')!.doc;
    const policyOf = (d: typeof docs) => d.find(({ doc }) => doc.kind === 'NetworkPolicy' && doc.metadata.name === 'gateway')!.doc;

    // /health/ready and /metrics answer 404 on the public port: probing or scraping it is a mistake.
    const onPublicPort = clone(docs);
    const container = gatewayOf(onPublicPort).spec.template.spec.containers[0];
    container.readinessProbe.httpGet.port = 'http';
    gatewayOf(onPublicPort).spec.template.metadata.annotations['prometheus.io/port'] = String(SERVICE_PORTS.gateway);
    expect(checkK8sApps(onPublicPort, kustomization, apps)).toEqual(expect.arrayContaining([
      `k8s: gateway: readinessProbe port http does not resolve to ${OPS_PORTS.gateway}`,
      `k8s: gateway: Prometheus scrapes port ${SERVICE_PORTS.gateway}, expected ${OPS_PORTS.gateway}`,
    ]));

    const exposed = clone(docs);
    serviceOf(exposed).spec.ports.push({ name: 'ops', port: OPS_PORTS.gateway, targetPort: 'ops' });
    policyOf(exposed).spec.ingress.push({ ports: [{ port: 'ops' }] });
    expect(checkK8sApps(exposed, kustomization, apps)).toEqual(expect.arrayContaining([
      `k8s: gateway: Service exposes the ops port ${OPS_PORTS.gateway}; keep it off the Service`,
      `k8s: gateway: a NetworkPolicy rule opens the ops port ${OPS_PORTS.gateway} to more than the monitoring namespace`,
    ]));

    const allOpen = clone(docs);
    policyOf(allOpen).spec.ingress = [{}];
    expect(checkK8sApps(allOpen, kustomization, apps)).toContain(`k8s: gateway: a NetworkPolicy rule opens the ops port ${OPS_PORTS.gateway} to more than the monitoring namespace`);

    const noPolicy = clone(docs).filter(({ doc }) => doc.kind !== 'NetworkPolicy');
    expect(checkK8sApps(noPolicy, kustomization, apps)).toContain(`k8s: gateway: no NetworkPolicy keeps its ops port ${OPS_PORTS.gateway} internal`);

    const noOpsPort = clone(docs);
    const env = gatewayOf(noOpsPort).spec.template.spec.containers[0].env;
    gatewayOf(noOpsPort).spec.template.spec.containers[0].env = env.filter((e: { name: string }) => e.name !== 'OPS_PORT');
    expect(checkK8sApps(noOpsPort, kustomization, apps)).toContain(`k8s: gateway: env OPS_PORT is undefined, expected ${OPS_PORTS.gateway}`);
  });
});

describe('no real-looking secrets in the deployment files', () => {
  const files = deploymentFiles(ROOT);

  it('covers the compose file, the Dockerfile and deploy/', () => {
    expect(files).toEqual(expect.arrayContaining(['Dockerfile', 'docker-compose.yml', 'deploy/k8s/secret.example.yaml', 'deploy/README.md']));
  });

  it.each(files)('%s', (file) => {
    expect(findSecretProblems(file, read(file))).toEqual([]);
  });

  it('secret.example.yaml holds only CHANGE_ME placeholders', () => {
    expect(checkSecretValues('secret.example.yaml', secretExample)).toEqual([]);
  });

  it('compose passwords are overridable and default to clearly dev-only values', () => {
    const text = read('docker-compose.yml');
    for (const app of apps.filter((a) => !APPS_WITHOUT_DATABASE.includes(a))) {
      expect(text).toContain(`\${DB_PASSWORD_${app.toUpperCase()}:-dev-${app}}`);
    }
  });

  it('catches secrets when they are there', () => {
    const pem = ['-----BEGIN', 'PRIVATE KEY-----'].join(' ');
    expect(findSecretProblems('x', `key: |\n  ${pem}\n`)).not.toEqual([]);
    expect(findSecretProblems('x', 'DATABASE_URL: postgres://platter_ordering:s3cr3t-Pa55@postgres:5432/platter')).not.toEqual([]);
    expect(findSecretProblems('x', 'DB_PASSWORD_ORDERING: ${DB_PASSWORD_ORDERING:-hunter2}')).not.toEqual([]);
    expect(findSecretProblems('x', 'POSTGRES_PASSWORD: correcthorse')).not.toEqual([]);
    expect(findSecretProblems('x', 'token: q9XbT3kLm8PzR2vW7nYc4HsJ6dF1gA0e')).not.toEqual([]);
    expect(checkSecretValues('x', { stringData: { DB_PASSWORD_ORDERING: 'hunter2' } })).not.toEqual([]);
    expect(checkSecretValues('x', { data: { AMQP_URL: Buffer.from('amqp://u:realpw@mq:5672').toString('base64') } })).not.toEqual([]);
    expect(checkSecretExample([{ file: 's.yaml', doc: { kind: 'Secret', metadata: { name: 'x' } } }], secretExample)).not.toEqual([]);
  });

  it('the k8s Secret is never part of what kustomize applies', () => {
    expect(existsSync(path.join(K8S, 'secret.example.yaml'))).toBe(true);
    expect(kustomization.resources).not.toContain('secret.example.yaml');
  });
});
