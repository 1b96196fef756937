import { useMemo } from 'react';
import { analyzeConversation, createAnalysisCache, type Insight } from '@/lib/analysis';
import type { ConversationSnapshot } from '@/lib/conversation/types';

/**
 * Messages are analysed once and kept by their text: when the conversation grows or re-renders,
 * only new messages cost anything.
 */
const cache = createAnalysisCache();

/** The insight for the snapshot on screen. */
export function useInsight(snapshot: ConversationSnapshot | undefined): Insight | undefined {
  return useMemo(() => (snapshot ? analyzeConversation(snapshot, { cache }) : undefined), [snapshot]);
}
