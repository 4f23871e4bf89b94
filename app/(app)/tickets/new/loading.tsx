// The New ticket form is a plain page: the app's generic skeleton, not the board's.
export { default } from "../../loading";
