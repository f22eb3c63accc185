// Pure checks over the deployment files (Dockerfile, docker-compose.yml, deploy/k8s). Each check
// returns a list of problems (empty = fine) so the spec can show every problem at once, and so
// the spec can also prove that the checks catch broken inputs.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { CORE_SCHEMA, load, loadAll, mergeTag } from 'js-yaml';

/** Port of each service (docs/conventions.md). A new app must be added here and to the manifests. */
export const SERVICE_PORTS: Readonly<Record<string, number>> = {
  gateway: 3000,
  identity: 3101,
  catalog: 3102,
  ordering: 3103,
  dispatch: 3104,
  payments: 3105,
  notifications: 3106,
  marketing: 3107,
  kitchen: 3108,
};
/**
 * Apps whose metrics and detailed health are on a separate ops port (OPS_PORT) that their public
 * port refuses: the probes and Prometheus use it, the Service and the Ingress never carry it.
 */
export const OPS_PORTS: Readonly<Record<string, number>> = { gateway: 4000 };
/** The namespace whose pods (Prometheus) the NetworkPolicy lets reach an ops port. */
export const MONITORING_NAMESPACE = 'monitoring';
/** Apps without a database (no schema, no role, no DATABASE_URL). Every other app has one. */
export const APPS_WITHOUT_DATABASE: readonly string[] = ['gateway'];
export const INFRA_SERVICES: Readonly<Record<string, string>> = {
  postgres: 'postgres:15',
  rabbitmq: 'rabbitmq:3.13-management',
  redis: 'redis:7',
};
export const HPA_TARGETS: readonly string[] = ['gateway', 'ordering'];
export const CONFIGMAP_NAME = 'platter-config';
export const SECRET_NAME = 'platter-secrets';

// docker compose understands YAML merge keys (<<: *anchor); js-yaml 5 needs them enabled.
const SCHEMA = CORE_SCHEMA.withTags(mergeTag);
export const parseYaml = (text: string): any => load(text, { schema: SCHEMA });
export const parseYamlAll = (text: string): any[] =>
  loadAll(text, { schema: SCHEMA }).filter((doc) => doc !== null && doc !== undefined);

export const hasDatabase = (app: string): boolean => !APPS_WITHOUT_DATABASE.includes(app);
export const passwordVar = (app: string): string => `DB_PASSWORD_${app.toUpperCase()}`;

/** Every folder of apps/ holding a project.json. */
export function discoverApps(root: string): string[] {
  const appsDir = path.join(root, 'apps');
  return readdirSync(appsDir)
    .filter((name) => statSync(path.join(appsDir, name)).isDirectory())
    .filter((name) => existsSync(path.join(appsDir, name, 'project.json')))
    .sort();
}

export function checkKnownPorts(apps: string[]): string[] {
  const problems = apps
    .filter((app) => SERVICE_PORTS[app] === undefined)
    .map((app) => `app "${app}" has no port in SERVICE_PORTS (tests/deploy/manifest-checks.ts): give it one and add its compose service and k8s manifests`);
  const ports = Object.values(SERVICE_PORTS);
  if (new Set(ports).size !== ports.length) problems.push('SERVICE_PORTS has duplicate ports');
  return problems;
}

// ---------------------------------------------------------------------------------------------
// docker-compose.yml

const asEnv = (env: unknown): Record<string, string | null> => {
  if (Array.isArray(env)) {
    return Object.fromEntries(env.map((line: string) => {
      const i = line.indexOf('=');
      return i < 0 ? [line, null] : [line.slice(0, i), line.slice(i + 1)];
    }));
  }
  return Object.fromEntries(Object.entries((env ?? {}) as Record<string, unknown>)
    .map(([k, v]) => [k, v === null || v === undefined ? null : String(v)]));
};

const dependsOn = (svc: any): Record<string, string | undefined> => {
  const d = svc?.depends_on;
  if (Array.isArray(d)) return Object.fromEntries(d.map((name: string) => [name, 'service_started']));
  return Object.fromEntries(Object.entries(d ?? {}).map(([k, v]: [string, any]) => [k, v?.condition ?? 'service_started']));
};

const hasHealthcheck = (svc: any): boolean => {
  const hc = svc?.healthcheck;
  if (!hc || hc.disable === true) return false;
  const test = Array.isArray(hc.test) ? hc.test.join(' ') : String(hc.test ?? '');
  return test.length > 0 && test !== 'NONE';
};

/** The default of a `${VAR:-default}` interpolation, or undefined. */
const interpolationDefault = (value: string, variable: string): string | undefined =>
  new RegExp(`\\$\\{${variable}:?-([^}]*)\\}`).exec(value)?.[1];

export function checkCompose(compose: any, apps: string[]): string[] {
  const problems: string[] = [];
  const services: Record<string, any> = compose?.services ?? {};

  for (const [name, image] of Object.entries(INFRA_SERVICES)) {
    const svc = services[name];
    if (!svc) { problems.push(`compose: no "${name}" service`); continue; }
    if (svc.image !== image) problems.push(`compose: ${name} image is ${svc.image}, expected ${image}`);
    if (!hasHealthcheck(svc)) problems.push(`compose: ${name} has no healthcheck`);
  }

  const provision = services.provision;
  const provisionEnv = asEnv(provision?.environment);
  if (!provision) {
    problems.push('compose: no "provision" service');
  } else {
    const command = Array.isArray(provision.command) ? provision.command.join(' ') : String(provision.command ?? '');
    if (!command.includes('tools/provision.js')) problems.push('compose: provision does not run tools/provision.js');
    if (!provision.build) problems.push('compose: provision is not built from the Dockerfile');
    if (provision.restart !== undefined && provision.restart !== 'no') problems.push('compose: provision must not restart (one-shot)');
    if (dependsOn(provision).postgres !== 'service_healthy') problems.push('compose: provision must depend on postgres being healthy');
    if (!provisionEnv.PROVISION_DATABASE_URL) problems.push('compose: provision has no PROVISION_DATABASE_URL');
  }

  const known = new Set([...Object.keys(INFRA_SERVICES), 'provision', ...apps]);
  for (const name of Object.keys(services)) {
    if (!known.has(name)) problems.push(`compose: service "${name}" is neither infrastructure nor an app under apps/`);
  }

  for (const app of apps) {
    const svc = services[app];
    if (!svc) { problems.push(`compose: no service for app "${app}"`); continue; }
    const port = SERVICE_PORTS[app];
    const env = asEnv(svc.environment);
    const where = `compose: ${app}`;

    if (svc.build?.args?.SERVICE !== app) problems.push(`${where}: build arg SERVICE is ${svc.build?.args?.SERVICE}, expected ${app}`);
    if ((svc.build?.dockerfile ?? 'Dockerfile') !== 'Dockerfile') problems.push(`${where}: not built from the root Dockerfile`);
    if (String(env.PORT) !== String(port)) problems.push(`${where}: PORT is ${env.PORT}, expected ${port}`);
    if (!env.AMQP_URL?.includes('@rabbitmq:5672')) problems.push(`${where}: AMQP_URL does not point at rabbitmq:5672`);
    for (const key of ['NODE_ENV', 'LOG_LEVEL', 'PLATTER_NAMESPACE']) {
      if (!env[key]) problems.push(`${where}: ${key} is not set`);
    }
    if (!hasHealthcheck(svc)) problems.push(`${where}: no healthcheck`);
    else if (!JSON.stringify(svc.healthcheck.test).includes('/health/live')) problems.push(`${where}: healthcheck does not hit /health/live`);

    const deps = dependsOn(svc);
    if (deps.provision !== 'service_completed_successfully') problems.push(`${where}: must depend on provision (service_completed_successfully)`);
    if (deps.rabbitmq !== 'service_healthy') problems.push(`${where}: must depend on rabbitmq being healthy`);

    const published = (svc.ports ?? []).map(String);
    if (app === 'gateway') {
      if (String(env.GATEWAY_PORT) !== String(port)) problems.push(`${where}: GATEWAY_PORT is ${env.GATEWAY_PORT}, expected ${port}`);
      if (published.length !== 1 || published[0] !== `${port}:${port}`) problems.push(`${where}: must publish exactly ${port}:${port}`);
      if (!env.REDIS_URL) problems.push(`${where}: REDIS_URL is not set`);
      if (deps.redis !== 'service_healthy') problems.push(`${where}: must depend on redis being healthy`);
    } else if (published.length > 0) {
      problems.push(`${where}: publishes ports (${published.join(', ')}); only the gateway may`);
    }

    if (hasDatabase(app)) {
      const pw = passwordVar(app);
      if (env.DATABASE_SCHEMA !== app) problems.push(`${where}: DATABASE_SCHEMA is ${env.DATABASE_SCHEMA}, expected ${app}`);
      if (deps.postgres !== 'service_healthy') problems.push(`${where}: must depend on postgres being healthy`);
      const url = env.DATABASE_URL ?? '';
      const expected = new RegExp(`^postgres://platter_${app}:\\$\\{${pw}(:-[^}]*)?\\}@postgres:5432/platter$`);
      if (!expected.test(url)) problems.push(`${where}: DATABASE_URL "${url}" is not postgres://platter_${app}:\${${pw}...}@postgres:5432/platter`);
      const provisionPw = provisionEnv[pw];
      if (provisionPw == null) {
        problems.push(`compose: provision does not receive ${pw}`);
      } else if (interpolationDefault(url, pw) !== interpolationDefault(provisionPw, pw)) {
        problems.push(`${where}: the default of ${pw} differs between DATABASE_URL and provision`);
      }
    } else if (env.DATABASE_URL) {
      problems.push(`${where}: has DATABASE_URL but has no database`);
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// deploy/k8s

export interface K8sDoc { file: string; doc: any }

export function loadKustomization(k8sDir: string): { kustomization: any; docs: K8sDoc[]; missing: string[] } {
  const kustomization = parseYaml(readFileSync(path.join(k8sDir, 'kustomization.yaml'), 'utf8'));
  const resources: string[] = kustomization?.resources ?? [];
  const missing = resources.filter((file) => !existsSync(path.join(k8sDir, file)));
  const docs = resources
    .filter((file) => !missing.includes(file))
    .flatMap((file) => parseYamlAll(readFileSync(path.join(k8sDir, file), 'utf8')).map((doc) => ({ file, doc })));
  return { kustomization, docs, missing };
}

const find = (docs: K8sDoc[], kind: string, name: string): K8sDoc | undefined =>
  docs.find(({ doc }) => doc?.kind === kind && doc?.metadata?.name === name);

/** Resolves a probe's or Service's port (number or container port name) to a number. */
const resolvePort = (port: unknown, container: any): number | undefined => {
  if (typeof port === 'number') return port;
  const named = (container?.ports ?? []).find((p: any) => p.name === port);
  return named?.containerPort ?? (port !== undefined && /^\d+$/.test(String(port)) ? Number(port) : undefined);
};

const envList = (container: any): any[] => container?.env ?? [];
const envEntry = (container: any, name: string): any => envList(container).find((e) => e.name === name);

export function checkKustomizationFiles(k8sDir: string, kustomization: any, missing: string[]): string[] {
  const problems = missing.map((file) => `kustomization.yaml lists ${file}, which does not exist`);
  const resources: string[] = kustomization?.resources ?? [];
  if (kustomization?.namespace !== 'platter') problems.push('kustomization.yaml: namespace is not platter');
  for (const required of ['namespace.yaml', 'configmap.yaml', 'provision-job.yaml', 'ingress.yaml']) {
    if (!resources.includes(required)) problems.push(`kustomization.yaml does not list ${required}`);
  }
  if (resources.includes('secret.example.yaml')) problems.push('kustomization.yaml must not apply secret.example.yaml');
  // Files that look like resources but are applied by nobody.
  for (const file of readdirSync(k8sDir).filter((f) => f.endsWith('.yaml'))) {
    if (file !== 'kustomization.yaml' && file !== 'secret.example.yaml' && !resources.includes(file)) {
      problems.push(`deploy/k8s/${file} is not listed in kustomization.yaml`);
    }
  }
  return problems;
}

export function checkK8sApps(docs: K8sDoc[], kustomization: any, apps: string[]): string[] {
  const problems: string[] = [];
  const resources: string[] = kustomization?.resources ?? [];
  const configMap = find(docs, 'ConfigMap', CONFIGMAP_NAME)?.doc;
  if (!configMap) problems.push(`k8s: no ConfigMap ${CONFIGMAP_NAME}`);
  const configKeys = new Set(Object.keys(configMap?.data ?? {}));
  if (!find(docs, 'Namespace', 'platter')) problems.push('k8s: no Namespace platter');

  for (const app of apps) {
    const where = `k8s: ${app}`;
    const port = SERVICE_PORTS[app];
    if (!resources.includes(`${app}.yaml`)) problems.push(`kustomization.yaml does not list ${app}.yaml`);
    const deployment = find(docs, 'Deployment', app);
    if (!deployment) { problems.push(`${where}: no Deployment`); continue; }
    if (deployment.file !== `${app}.yaml`) problems.push(`${where}: Deployment lives in ${deployment.file}, expected ${app}.yaml`);
    const spec = deployment.doc.spec ?? {};
    const pod = spec.template?.spec ?? {};
    const containers: any[] = pod.containers ?? [];
    const container = containers.find((c) => c.name === app) ?? containers[0];
    if (!container) { problems.push(`${where}: Deployment has no container`); continue; }

    const expectedReplicas = app === 'gateway' ? 2 : 1;
    if (spec.replicas !== expectedReplicas) problems.push(`${where}: replicas is ${spec.replicas}, expected ${expectedReplicas}`);
    if (typeof pod.terminationGracePeriodSeconds !== 'number') problems.push(`${where}: no terminationGracePeriodSeconds`);
    if (pod.securityContext?.runAsNonRoot !== true && container.securityContext?.runAsNonRoot !== true) problems.push(`${where}: not runAsNonRoot`);
    for (const kind of ['requests', 'limits']) {
      if (!container.resources?.[kind]?.cpu || !container.resources?.[kind]?.memory) problems.push(`${where}: no cpu/memory ${kind}`);
    }
    if (!(container.ports ?? []).some((p: any) => p.containerPort === port)) problems.push(`${where}: container does not expose ${port}`);
    // Probes and Prometheus go where /health/ready and /metrics are served: the ops port if the app has one.
    const opsPort = OPS_PORTS[app];
    const probePort = opsPort ?? port;
    if (opsPort !== undefined) {
      const ops = (container.ports ?? []).find((p: any) => p.name === 'ops');
      if (ops?.containerPort !== opsPort) problems.push(`${where}: container has no port named ops on ${opsPort}`);
      if (String(envEntry(container, 'OPS_PORT')?.value) !== String(opsPort)) problems.push(`${where}: env OPS_PORT is ${envEntry(container, 'OPS_PORT')?.value}, expected ${opsPort}`);
    }

    for (const [probe, probePath] of [['livenessProbe', '/health/live'], ['readinessProbe', '/health/ready'], ['startupProbe', undefined]] as const) {
      const get = container[probe]?.httpGet;
      if (!get) { problems.push(`${where}: no ${probe} (httpGet)`); continue; }
      if (probePath && get.path !== probePath) problems.push(`${where}: ${probe} path is ${get.path}, expected ${probePath}`);
      if (resolvePort(get.port, container) !== probePort) problems.push(`${where}: ${probe} port ${get.port} does not resolve to ${probePort}`);
    }

    const scrape = spec.template?.metadata?.annotations ?? {};
    if (scrape['prometheus.io/scrape'] !== 'true' || scrape['prometheus.io/path'] !== '/metrics') {
      problems.push(`${where}: no Prometheus scrape annotations for /metrics`);
    } else if (String(scrape['prometheus.io/port']) !== String(probePort)) {
      problems.push(`${where}: Prometheus scrapes port ${scrape['prometheus.io/port']}, expected ${probePort}`);
    }

    if (!(container.envFrom ?? []).some((e: any) => e.configMapRef?.name === CONFIGMAP_NAME)) problems.push(`${where}: no envFrom ConfigMap ${CONFIGMAP_NAME}`);
    const value = (name: string) => envEntry(container, name)?.value;
    if (value('SERVICE') !== app) problems.push(`${where}: env SERVICE is ${value('SERVICE')}, expected ${app}`);
    if (String(value('PORT')) !== String(port)) problems.push(`${where}: env PORT is ${value('PORT')}, expected ${port}`);
    if (envEntry(container, 'AMQP_URL')?.valueFrom?.secretKeyRef?.name !== SECRET_NAME) problems.push(`${where}: AMQP_URL must come from Secret ${SECRET_NAME}`);

    // $(VAR) references must name a variable defined earlier in env, or one from the ConfigMap.
    const defined = new Set(configKeys);
    for (const entry of envList(container)) {
      for (const [, ref] of String(entry.value ?? '').matchAll(/\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g)) {
        if (!defined.has(ref)) problems.push(`${where}: ${entry.name} refers to $(${ref}), which is not defined before it`);
      }
      defined.add(entry.name);
    }

    if (app === 'gateway') {
      if (String(value('GATEWAY_PORT')) !== String(port)) problems.push(`${where}: env GATEWAY_PORT is ${value('GATEWAY_PORT')}, expected ${port}`);
    } else if (hasDatabase(app)) {
      const pw = passwordVar(app);
      if (value('DATABASE_SCHEMA') !== app) problems.push(`${where}: env DATABASE_SCHEMA is ${value('DATABASE_SCHEMA')}, expected ${app}`);
      const ref = envEntry(container, pw)?.valueFrom?.secretKeyRef;
      if (ref?.name !== SECRET_NAME || ref?.key !== pw) problems.push(`${where}: ${pw} must come from Secret ${SECRET_NAME} key ${pw}`);
      const url = String(value('DATABASE_URL') ?? '');
      if (!url.startsWith(`postgres://platter_${app}:$(${pw})@`)) problems.push(`${where}: DATABASE_URL must be postgres://platter_${app}:$(${pw})@...`);
    }

    const service = find(docs, 'Service', app);
    if (!service) { problems.push(`${where}: no Service`); continue; }
    if ((service.doc.spec?.type ?? 'ClusterIP') !== 'ClusterIP') problems.push(`${where}: Service is not ClusterIP`);
    const podLabels = spec.template?.metadata?.labels ?? {};
    const selector = service.doc.spec?.selector ?? {};
    if (Object.keys(selector).length === 0 || !Object.entries(selector).every(([k, v]) => podLabels[k] === v)) {
      problems.push(`${where}: Service selector does not match the pod labels`);
    }
    const sport = (service.doc.spec?.ports ?? [])[0];
    if (sport?.port !== port) problems.push(`${where}: Service port is ${sport?.port}, expected ${port}`);
    if (resolvePort(sport?.targetPort ?? sport?.port, container) !== port) problems.push(`${where}: Service targetPort does not reach ${port}`);
    if (opsPort !== undefined && (service.doc.spec?.ports ?? []).some((sp: any) => sp.port === opsPort || resolvePort(sp.targetPort ?? sp.port, container) === opsPort)) {
      problems.push(`${where}: Service exposes the ops port ${opsPort}; keep it off the Service`);
    }
    if (opsPort !== undefined) problems.push(...checkOpsNetworkPolicy(docs, app, podLabels, container, opsPort));
  }

  // Gateway ingress.
  const ingress = docs.find(({ doc }) => doc?.kind === 'Ingress')?.doc;
  if (!ingress) {
    problems.push('k8s: no Ingress');
  } else {
    const paths = (ingress.spec?.rules ?? []).flatMap((r: any) => r.http?.paths ?? []);
    for (const p of ['/api', '/socket.io']) {
      const route = paths.find((x: any) => x.path === p);
      const backend = route?.backend?.service;
      if (backend?.name !== 'gateway') { problems.push(`k8s: Ingress does not route ${p} to the gateway`); continue; }
      const svcPort = (find(docs, 'Service', 'gateway')?.doc.spec?.ports ?? [])
        .find((sp: any) => sp.name === backend.port?.name || sp.port === backend.port?.number);
      if (!svcPort) problems.push(`k8s: Ingress route ${p} names a port the gateway Service does not have`);
    }
    const annotations = Object.keys(ingress.metadata?.annotations ?? {});
    if (!annotations.some((a) => a === 'nginx.ingress.kubernetes.io/proxy-read-timeout')) problems.push('k8s: Ingress has no proxy-read-timeout for WebSockets');
  }

  for (const target of HPA_TARGETS) {
    const hpa = docs.find(({ doc }) => doc?.kind === 'HorizontalPodAutoscaler' && doc.spec?.scaleTargetRef?.name === target)?.doc;
    if (!hpa) { problems.push(`k8s: no HorizontalPodAutoscaler for ${target}`); continue; }
    if (hpa.spec.scaleTargetRef.kind !== 'Deployment' || !find(docs, 'Deployment', target)) problems.push(`k8s: HPA ${hpa.metadata?.name} targets no Deployment`);
    if (!(hpa.spec.minReplicas <= hpa.spec.maxReplicas)) problems.push(`k8s: HPA ${hpa.metadata?.name} min/max replicas are inconsistent`);
  }

  // Provision job receives the superuser URL and every database password.
  const job = docs.find(({ doc }) => doc?.kind === 'Job')?.doc;
  const jobContainer = job?.spec?.template?.spec?.containers?.[0];
  if (!jobContainer) {
    problems.push('k8s: no provision Job');
  } else {
    const command = [...(jobContainer.command ?? []), ...(jobContainer.args ?? [])].join(' ');
    if (!command.includes('tools/provision.js')) problems.push('k8s: the Job does not run tools/provision.js');
    for (const name of ['PROVISION_DATABASE_URL', ...apps.filter(hasDatabase).map(passwordVar)]) {
      if (envEntry(jobContainer, name)?.valueFrom?.secretKeyRef?.name !== SECRET_NAME) problems.push(`k8s: the provision Job does not get ${name} from Secret ${SECRET_NAME}`);
    }
  }
  return problems;
}

/**
 * A NetworkPolicy selects the app's pods and admits its ops port from the monitoring namespace only:
 * no rule may open the ops port (or every port) to any source.
 */
function checkOpsNetworkPolicy(docs: K8sDoc[], app: string, podLabels: Record<string, string>, container: any, opsPort: number): string[] {
  const where = `k8s: ${app}`;
  const policies = docs
    .map(({ doc }) => doc)
    .filter((doc) => doc?.kind === 'NetworkPolicy')
    .filter((doc) => {
      const selector = doc.spec?.podSelector?.matchLabels ?? {};
      return Object.keys(selector).length > 0 && Object.entries(selector).every(([k, v]) => podLabels[k] === v);
    });
  if (policies.length === 0) return [`${where}: no NetworkPolicy keeps its ops port ${opsPort} internal`];
  const problems: string[] = [];
  const rules: any[] = policies.filter((p) => (p.spec?.policyTypes ?? ['Ingress']).includes('Ingress')).flatMap((p) => p.spec?.ingress ?? []);
  const coversOps = (rule: any) => !rule.ports?.length || rule.ports.some((p: any) => resolvePort(p.port, container) === opsPort);
  const fromMonitoringOnly = (rule: any) =>
    (rule.from ?? []).length > 0 &&
    (rule.from as any[]).every((peer) => !peer.ipBlock && peer.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'] === MONITORING_NAMESPACE);
  for (const rule of rules.filter(coversOps)) {
    if (!fromMonitoringOnly(rule)) problems.push(`${where}: a NetworkPolicy rule opens the ops port ${opsPort} to more than the ${MONITORING_NAMESPACE} namespace`);
  }
  if (!rules.some((rule) => coversOps(rule) && fromMonitoringOnly(rule))) problems.push(`${where}: no NetworkPolicy rule lets Prometheus (${MONITORING_NAMESPACE}) reach the ops port`);
  if (!rules.some((rule) => rule.ports?.some((p: any) => resolvePort(p.port, container) === SERVICE_PORTS[app]))) problems.push(`${where}: no NetworkPolicy rule admits the public port`);
  return problems;
}

/** Every Secret key the manifests read must exist in secret.example.yaml, so the example is complete. */
export function checkSecretExample(docs: K8sDoc[], secretExample: any): string[] {
  const problems: string[] = [];
  if (secretExample?.kind !== 'Secret' || secretExample?.metadata?.name !== SECRET_NAME) {
    return [`secret.example.yaml is not the Secret ${SECRET_NAME}`];
  }
  const keys = new Set([...Object.keys(secretExample.stringData ?? {}), ...Object.keys(secretExample.data ?? {})]);
  const walk = (node: any): void => {
    if (Array.isArray(node)) { node.forEach(walk); return; }
    if (node && typeof node === 'object') {
      const ref = node.secretKeyRef;
      if (ref?.name === SECRET_NAME && !ref.optional && !keys.has(ref.key)) problems.push(`secret.example.yaml has no key ${ref.key}, which the manifests read`);
      Object.values(node).forEach(walk);
    }
  };
  docs.forEach(({ doc }) => walk(doc));
  for (const { file, doc } of docs) {
    if (doc?.kind === 'Secret') problems.push(`${file}: a Secret is applied by kustomization.yaml; secrets must come from outside the repository`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Secrets

/** Values a password may take in files of this repository: placeholders, dev-only defaults, references. */
const SAFE_PASSWORD = /^(CHANGE_ME[A-Za-z0-9_-]*|<[^>]*>|dev-[a-z0-9-]+|postgres|guest|\$\([A-Z0-9_]+\)|)$/;
// Env-var style keys (DB_PASSWORD_ORDERING, RABBITMQ_DEFAULT_PASS...) or plain lower-case ones.
const CREDENTIAL_KEY = /^(?:[A-Z0-9_]*(?:PASSWORD|_PASS|SECRET|TOKEN|PRIVATE_KEY|API_KEY)[A-Z0-9_]*|password|passwd|secret|token|api[_-]?key|private[_-]?key)$/;

/** A value is safe when it is a safe literal or a ${VAR} / ${VAR:-safe default} interpolation. */
export function isSafeSecretValue(value: string | null | undefined): boolean {
  if (value === null || value === undefined) return true;
  const interpolation = /^\$\{[A-Za-z0-9_]+(?::?-([^}]*))?\}$/.exec(value);
  if (interpolation) return SAFE_PASSWORD.test(interpolation[1] ?? '');
  return SAFE_PASSWORD.test(value);
}

/** Passwords embedded in URLs (scheme://user:password@host). */
const urlPasswords = (text: string): string[] =>
  [...text.matchAll(/[a-z][a-z0-9+.-]*:\/\/(?:\$\{[^}]*\}|[^\s:/@'"])+:((?:\$\{[^}]*\}|[^\s@'"])*)@/gi)].map((m) => m[1]);

export function findSecretProblems(file: string, text: string): string[] {
  const problems: string[] = [];
  if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(text)) problems.push(`${file}: contains a PEM private key`);
  if (/\bAKIA[0-9A-Z]{16}\b/.test(text)) problems.push(`${file}: contains an AWS access key id`);
  if (/\b(gh[pousr]_[A-Za-z0-9]{30,}|sk_live_[A-Za-z0-9]{16,}|xox[baprs]-[A-Za-z0-9-]{10,})\b/.test(text)) problems.push(`${file}: contains an API token`);
  for (const pw of urlPasswords(text)) {
    if (!isSafeSecretValue(pw)) problems.push(`${file}: a URL embeds the password "${pw}"`);
  }
  // Long random-looking strings (mixed case and digits) are treated as leaked keys.
  for (const [token] of text.matchAll(/[A-Za-z0-9+/_=-]{24,}/g)) {
    if (/[a-z]/.test(token) && /[A-Z]/.test(token) && /[0-9]/.test(token)) {
      problems.push(`${file}: "${token.slice(0, 12)}..." looks like a secret`);
    }
  }
  // key: value lines whose key names a credential.
  for (const [, key, raw] of text.matchAll(/^\s*(?:-\s*)?([A-Za-z0-9_]+)\s*[:=]\s*(.*)$/gm)) {
    if (!CREDENTIAL_KEY.test(key)) continue;
    const value = raw.replace(/\s+#.*$/, '').trim().replace(/^["']|["']$/g, '');
    if (!isSafeSecretValue(value)) problems.push(`${file}: ${key} has the literal value "${value}"`);
  }
  return problems;
}

/** Structural check of a parsed Secret: every value must be an obvious placeholder or credential-free. */
export function checkSecretValues(file: string, secret: any): string[] {
  const problems: string[] = [];
  const values: Record<string, string> = { ...(secret?.stringData ?? {}) };
  for (const [key, b64] of Object.entries(secret?.data ?? {})) values[key] = Buffer.from(String(b64), 'base64').toString('utf8');
  for (const [key, value] of Object.entries(values)) {
    const text = String(value);
    const placeholder = /CHANGE_ME|<[^>]+>/.test(text);
    const embedded = urlPasswords(text);
    if (embedded.length > 0 ? !embedded.every((pw) => /CHANGE_ME|^<[^>]*>$/.test(pw)) : CREDENTIAL_KEY.test(key) && !placeholder) {
      problems.push(`${file}: ${key} is not a CHANGE_ME placeholder`);
    }
  }
  return problems;
}

/** Files checked for secrets: the root deployment files and everything under deploy/. */
export function deploymentFiles(root: string): string[] {
  const files = ['Dockerfile', '.dockerignore', 'docker-compose.yml'].filter((f) => existsSync(path.join(root, f)));
  const walk = (dir: string): string[] => readdirSync(path.join(root, dir), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
  return existsSync(path.join(root, 'deploy')) ? [...files, ...walk('deploy')] : files;
}
