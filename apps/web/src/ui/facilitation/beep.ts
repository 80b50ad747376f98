/**
 * A short two-tone beep through WebAudio, for the end of the timer: no sound file to ship. Browsers
 * may refuse to start audio before any user gesture; then it stays silent (the flash still shows).
 */
export function playBeep(): void {
  const AudioCtor =
    window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  if (!AudioCtor) return;
  try {
    const ctx = new AudioCtor();
    const gain = ctx.createGain();
    gain.connect(ctx.destination);
    gain.gain.setValueAtTime(0.0001, ctx.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.25, ctx.currentTime + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, ctx.currentTime + 0.7);
    const osc = ctx.createOscillator();
    osc.type = 'sine';
    osc.frequency.setValueAtTime(880, ctx.currentTime);
    osc.frequency.setValueAtTime(660, ctx.currentTime + 0.25);
    osc.connect(gain);
    osc.start();
    osc.stop(ctx.currentTime + 0.75);
    osc.onended = () => void ctx.close();
  } catch {
    // No audio device or not allowed yet: the visual flash is enough.
  }
}
