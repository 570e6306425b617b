import type { StateCreator } from 'zustand';
import type { DocSlice } from './doc-slice';
import type { DraftSlice } from './draft-slice';
import type { HistorySlice } from './history-slice';
import type { SettingsSlice } from './settings-slice';
import type { StatusSlice } from './status-slice';

export type AppState = DocSlice & HistorySlice & SettingsSlice & StatusSlice & DraftSlice;

/** A slice of the one store, created inside zustand's persist middleware. */
export type SliceCreator<Slice> = StateCreator<AppState, [['zustand/persist', unknown]], [], Slice>;
