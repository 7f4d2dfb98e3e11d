// National official sites: the only install-time hosts and static content-script matches
// (domain.md, "Where 保知 runs", first row).
export const NATIONAL_HOSTS = [
  '*://*.nhsa.gov.cn/*',
  '*://*.mohrss.gov.cn/*',
  '*://si.12333.gov.cn/*',
  '*://www.gov.cn/*',
  '*://*.chinatax.gov.cn/*',
];
