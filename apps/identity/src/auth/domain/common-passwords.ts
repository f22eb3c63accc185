/**
 * The most common breached passwords, lower-case, without the digits and symbols people tack on
 * at the end ('password1!' is 'password'). Small on purpose: it is embedded, never fetched.
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  'password', 'passw0rd', 'p@ssword', 'p@ssw0rd', 'passwort', 'motdepasse', 'contrasena',
  'qwerty', 'qwertyuiop', 'qwertz', 'azerty', 'azertyuiop', 'asdfgh', 'asdfghjkl', 'zxcvbnm', '1q2w3e4r', '1qaz2wsx', 'qazwsx',
  'abc', 'abcdef', 'abcdefgh', 'abcdefghij', 'iloveyou', 'letmein', 'welcome', 'admin', 'administrator', 'root', 'login',
  'changeme', 'secret', 'default', 'master', 'monkey', 'dragon', 'shadow', 'sunshine', 'princess', 'football', 'baseball',
  'soccer', 'superman', 'batman', 'trustno', 'whatever', 'freedom', 'starwars', 'michael', 'jennifer', 'charlie',
  'hello', 'helloworld', 'loveme', 'lovely', 'cameroun', 'cameroon', 'douala', 'yaounde', 'africa',
  'platter', 'platteradmin', 'eatfast',
]);
