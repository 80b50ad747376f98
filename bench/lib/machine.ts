/** What the numbers were measured on, recorded with every run: figures mean little without it. */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';

export interface MachineInfo {
  readonly cpuModel: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly node: string;
  readonly os: string;
  readonly commit: string;
}

export function machineInfo(): MachineInfo {
  const cpu = cpus();
  return {
    cpuModel: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${process.platform} ${process.arch}`,
    commit: gitCommit(),
  };
}

/** 1, 5 and 15-minute load averages: other work on the machine shows here. */
export function loadAverage(): readonly [number, number, number] {
  const [a, b, c] = loadavg();
  return [round2(a!), round2(b!), round2(c!)];
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

function gitCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}
