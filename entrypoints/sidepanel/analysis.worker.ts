/**
 * The panel's Worker: reads long conversations so the panel's own thread stays free for the agent
 * (lib/panel/off-thread.ts says when and why). Started by the panel page; nothing else runs here.
 */
import { serveAnalysis, type Endpoint } from '@/lib/panel/off-thread';

serveAnalysis(self as unknown as Endpoint);
