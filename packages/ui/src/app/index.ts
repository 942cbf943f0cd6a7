// The frame both SPAs share: `@petshop/ui/app`.
export { mountApp } from "./mountApp";
export { SkipLink } from "./SkipLink";
export { usePageTitleAndFocus } from "./usePageTitleAndFocus";
export { useStillOnPage } from "./useStillOnPage";
