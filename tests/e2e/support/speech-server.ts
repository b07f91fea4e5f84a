import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SpeechServer {
  /** For the browser: where its speech-dispatcher client connects (e2e-recipe.md, Speech). */
  browserEnv: Record<string, string>;
  close(): Promise<void>;
}

/** Installed by .ci/run. A test run without them fails rather than skipping read aloud unnoticed. */
const REQUIRED_COMMANDS = ['speech-dispatcher', 'pulseaudio', 'espeak-ng'];

function checkInstalled(): void {
  const missing = REQUIRED_COMMANDS.filter((command) => spawnSync('which', [command]).status !== 0);
  if (missing.length > 0) {
    throw new Error(
      `Read-aloud tests need ${missing.join(', ')}: apt-get install speech-dispatcher speech-dispatcher-espeak-ng espeak-ng pulseaudio`,
    );
  }
}

/**
 * A private speech-dispatcher (a stale shared one shows the browser no voices), playing into a
 * private PulseAudio null sink. The sink plays in real time, as a sound card does: without it the
 * server has nowhere to play, and speech either never ends or ends at once, so nothing could be
 * observed while it speaks.
 */
export async function startSpeechServer(): Promise<SpeechServer> {
  checkInstalled();
  const dir = await mkdtemp(join(tmpdir(), 'reader-speech-'));
  mkdirSync(join(dir, 'speech-dispatcher'));
  const socket = join(dir, 'speech-dispatcher/speechd.sock');
  const pulseSocket = join(dir, 'pulse.sock');
  const privateEnv = { ...process.env, HOME: dir, XDG_RUNTIME_DIR: dir, XDG_CONFIG_HOME: join(dir, 'config') };
  const children: ChildProcess[] = [];
  const close = async () => {
    // Server first: it then lets go of the sound server, which can stop cleanly too.
    for (const child of [...children].reverse()) {
      child.kill();
      await exited(child);
    }
    killSpawnedServers(dir);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    children.push(
      spawn('pulseaudio', ['-n', '--daemonize=no', '--exit-idle-time=-1', '--use-pid-file=no', '-L', 'module-null-sink',
        '-L', `module-native-protocol-unix auth-anonymous=1 socket=${pulseSocket}`], { env: privateEnv, stdio: 'ignore' }),
    );
    await waitForFile(pulseSocket);
    children.push(
      spawn('speech-dispatcher', ['-s', '-t', '0', '-c', 'unix_socket', '-S', socket, '-P', join(dir, 'speechd.pid')], {
        env: { ...privateEnv, PULSE_SERVER: `unix:${pulseSocket}` },
        stdio: 'ignore',
      }),
    );
    await waitForFile(socket);
    return { browserEnv: { SPEECHD_ADDRESS: `unix_socket:${socket}`, XDG_RUNTIME_DIR: dir }, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** A client that found no server would have spawned one on our socket; its pid file is in our folder. */
function killSpawnedServers(dir: string): void {
  const pidDir = join(dir, 'speech-dispatcher/pid');
  if (!existsSync(pidDir)) return;
  for (const file of readdirSync(pidDir)) {
    const pid = Number(readFileSync(join(pidDir, file), 'utf8').trim());
    if (Number.isInteger(pid) && pid > 0) {
      try {
        process.kill(pid);
      } catch {
        // Already gone.
      }
    }
  }
}

function exited(child: ChildProcess, timeoutMs = 5_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

async function waitForFile(path: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(path)) {
    if (Date.now() > deadline) throw new Error(`${path} did not appear within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
