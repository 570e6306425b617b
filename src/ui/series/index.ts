// The series of the user's own (issue 19): a button on the page; the list and the form load when it is pressed.
export { SeriesButton } from './SeriesButton';
